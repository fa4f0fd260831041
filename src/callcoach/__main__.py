"""Run the command line: ``python -m callcoach``."""

from callcoach.cli import main

raise SystemExit(main())
