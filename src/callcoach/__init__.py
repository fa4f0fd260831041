"""callcoach: the course's quiz, scenario and simulation engine (standard library only)."""

from __future__ import annotations

__all__ = ["__version__"]
__version__ = "1.0.0"
