"""The build's caches of slow products (precompiled Python, lock files, start-up snapshots), kept small.

Each product is cached under its content's hash, so every edit to the engine or the course adds a new
entry (a snapshot is over 6 MB): without pruning, an afternoon of `mkdocs serve` would fill the disk.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["KEEP", "family", "used"]

# Entries kept per kind: the newest few, so that switching between branches, or copies of the project
# that share node_modules, still find theirs.
KEEP = 4


def family(name: str) -> str:
    """The kind of a cache entry: its name without the content hash ("snapshot-1a2b.bin" -> "snapshot.bin")."""
    stem, dot, suffix = name.rpartition(".")
    return f"{stem.rpartition('-')[0]}{dot}{suffix}"


def used(entry: Path, keep: int = KEEP) -> Path:
    """Mark a cache entry just used and drop the least recently used of its kind beyond `keep`."""
    os.utime(entry)  # a hit counts as a use, so an entry in daily use is never the one dropped
    kind = family(entry.name)
    same = [p for p in entry.parent.iterdir()
            if p.is_file() and not p.name.endswith(".partial") and family(p.name) == kind]
    same.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in same[keep:]:
        if stale != entry:
            stale.unlink(missing_ok=True)  # another build may have dropped it first
    return entry
