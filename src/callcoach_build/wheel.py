"""Build the engine as a pure-Python wheel: only `callcoach`, byte-for-byte reproducible."""

from __future__ import annotations

import base64
import hashlib
import zipfile
from pathlib import Path

import callcoach

__all__ = ["build_wheel"]

# A fixed timestamp keeps the wheel's bytes (and so its sha256 in pyodide-lock.json and the
# service worker's revision) unchanged unless the code changes.
EPOCH = (2020, 1, 1, 0, 0, 0)


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def build_wheel(out_dir: Path) -> Path:
    """Write callcoach-<version>-py3-none-any.whl into `out_dir` and return its path."""
    package = Path(callcoach.__file__).parent
    version = callcoach.__version__
    dist_info = f"callcoach-{version}.dist-info"
    files: list[tuple[str, bytes]] = []
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in {".py", ".json"}:
            files.append((f"callcoach/{path.relative_to(package).as_posix()}", path.read_bytes()))
    files.append((f"{dist_info}/METADATA", f"Metadata-Version: 2.1\nName: callcoach\nVersion: {version}\n".encode()))
    files.append((f"{dist_info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: callcoach_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"))
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, data in files)
    files.append((f"{dist_info}/RECORD", (record + f"{dist_info}/RECORD,,\n").encode()))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"callcoach-{version}-py3-none-any.whl"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            info = zipfile.ZipInfo(name, EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return target
