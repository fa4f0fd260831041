"""The strictest Content-Security-Policy the built site works under, with hashes of the theme's inline scripts."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

__all__ = ["policy_for", "write_headers"]

INLINE = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
DATA_TYPES = ("application/json", "application/ld+json")


def _inline_hashes(site_dir: Path) -> list[str]:
    """sha256 sources for every executable inline script in the site (the theme writes a few per page depth)."""
    found: set[str] = set()
    for page in site_dir.rglob("*.html"):
        for attrs, body in INLINE.findall(page.read_text(encoding="utf-8", errors="replace")):
            if any(t in attrs for t in DATA_TYPES) or not body.strip():
                continue
            found.add("'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'")
    return sorted(found)


def policy_for(site_dir: Path) -> str:
    """The policy: only this origin, WebAssembly allowed for the engine, no eval, no plugins, no framing by others."""
    scripts = " ".join(["'self'", "'wasm-unsafe-eval'", *_inline_hashes(site_dir)])
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",  # the theme sets style attributes (e.g. on its progress bar)
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ])


def write_headers(site_dir: Path) -> str:
    """Write the policy for hosts: `_headers` (Netlify, Cloudflare Pages) and `csp.txt` for anyone else."""
    policy = policy_for(site_dir)
    (site_dir / "csp.txt").write_text(policy + "\n", encoding="utf-8")
    (site_dir / "_headers").write_text(f"/*\n  Content-Security-Policy: {policy}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n", encoding="utf-8")
    return policy
