#!/bin/sh
# Double-click on a Mac to start the course.
cd "$(dirname "$0")" && exec python3 start.py
