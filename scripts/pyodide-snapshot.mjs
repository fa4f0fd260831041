// Make the engine's start-up snapshot: Pyodide's memory after the interpreter has started, imported the
// engine and loaded the course. The browser restores it instead of doing all of that again, which was
// most of the time before the first check could run. The reply detector is warmed after the restore:
// its patterns and weights would add a megabyte to the download and take well under a second to build.
//
// Usage: node scripts/pyodide-snapshot.mjs PYODIDE_DIR WHEEL COURSE_JSON OUT
//   PYODIDE_DIR: the built site's assets/pyodide (its precompiled standard library is used);
//   OUT: the snapshot, gzip-compressed (the worker inflates it; hosts need not compress it).
// A snapshot only fits the exact Pyodide build that made it; restoring checks that.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadPyodide } from "pyodide";

const [dir, wheel, coursePath, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: node scripts/pyodide-snapshot.mjs PYODIDE_DIR WHEEL COURSE_JSON OUT");
  process.exit(2);
}
const runtime = path.resolve(dir) + path.sep;
const pyodide = await loadPyodide({
  indexURL: runtime, lockFileURL: runtime + "pyodide-lock.json", _makeSnapshot: true,
  stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n"),
});
const course = readFileSync(coursePath);
pyodide.FS.writeFile("/tmp/engine.whl", readFileSync(wheel));
pyodide.FS.writeFile("/tmp/course.json", course);
// Everything goes through Python: a snapshot may not hold references to JavaScript objects, so the
// engine is unpacked with zipfile (not loadPackage) and no proxy outlives this call.
pyodide.runPython(`
import gc, json, pkgutil, site, sys, zipfile, importlib
zipfile.ZipFile("/tmp/engine.whl").extractall(site.getsitepackages()[0])
import callcoach, callcoach.bridge
# Every module the browser can reach is imported now: the restored engine has no files to import from.
# The command line and the question-bank export never run in the browser.
SKIP = ("callcoach.__main__", "callcoach.cli", "callcoach.export")
for info in pkgutil.walk_packages(callcoach.__path__, "callcoach."):
    if not info.name.startswith(SKIP):
        importlib.import_module(info.name)
with open("/tmp/course.json", encoding="utf-8") as f:
    loaded = json.loads(callcoach.bridge.handle('{"type":"load","course":' + f.read() + '}'))
if not loaded["ok"]:
    raise SystemExit("the course did not load: " + loaded["error"]["message"])
# The reply detector builds its pattern index on first use (seconds in a browser): built now, it comes
# with the snapshot, and the first check after a restore is as quick as any other.
callcoach.bridge.handle('{"type":"detect","text":"Sorry, I will call you back today."}')
# The snapshot holds memory, not files: the engine's data files (the detector's weights) travel in it as
# bytes, and the worker puts them back with restore_files() before the first check reads them.
import os
from pathlib import Path
ENGINE_FILES = {str(p): p.read_bytes() for p in Path(callcoach.__path__[0]).rglob("*")
                if p.is_file() and p.suffix not in (".py", ".pyc")}

def restore_files():
    for name, data in ENGINE_FILES.items():
        os.makedirs(os.path.dirname(name), exist_ok=True)
        with open(name, "wb") as out:
            out.write(data)

del f, loaded, info
gc.collect()
`);
// The worker compares this with the course it fetched, and reloads the course if the two differ.
pyodide.globals.set("CALLCOACH_COURSE_SHA256", createHash("sha256").update(course).digest("hex"));
const snapshot = pyodide.makeMemorySnapshot();
// The end of memory is often never used (about 6 MB here). Left out of the file, it is never written on
// restore either, so those pages cost the tab no memory. The file starts with the snapshot's full length
// (4 bytes, little-endian), which is how far the worker grows memory before restoring the rest.
let end = snapshot.length;
while (end > 0 && snapshot[end - 1] === 0) end--;
end = Math.min(snapshot.length, Math.ceil(end / 8) * 8);
const file = new Uint8Array(4 + end);
new DataView(file.buffer).setUint32(0, snapshot.length, true);
file.set(snapshot.subarray(0, end), 4);
writeFileSync(out, gzipSync(file, { level: 9 }));
console.log(JSON.stringify({ bytes: snapshot.length, stored: end }));
