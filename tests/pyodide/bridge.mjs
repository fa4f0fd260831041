// Run callcoach.bridge inside the real Pyodide runtime under Node, offline.
// Usage: node bridge.mjs SITE_DIR [fresh|snapshot] < requests.jsonl > responses.jsonl
// fresh: the engine is loaded exactly as a fresh start in the browser does it: from the built site's
//   pyodide-lock.json, with the wheel's sha256 checked by loadPackage, then the course data.
// snapshot: Pyodide restores the site's start-up snapshot, as the browser's worker does.
// snapshot-state: restores the snapshot and prints what it holds ready, instead of answering requests.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { loadPyodide } from "pyodide";

const site = path.resolve(process.argv[2]);
const boot = process.argv[3] ?? "fresh";
const runtime = path.join(site, "assets", "pyodide") + path.sep;
const options = { indexURL: runtime, lockFileURL: runtime + "pyodide-lock.json", packageBaseUrl: runtime, stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") };
let handle;
if (boot.startsWith("snapshot")) {
  // As the worker reads it: the full length (4 bytes), then the snapshot without its all-zero end.
  const file = gunzipSync(readFileSync(path.join(runtime, "engine-snapshot.bin")));
  const length = file.readUInt32LE(0);
  const snapshot = new Uint8Array(file.buffer, file.byteOffset + 4, file.length - 4);
  const { default: create } = await import(runtime + "pyodide.asm.mjs");
  const pyodide = await loadPyodide({
    ...options,
    _loadSnapshot: snapshot,
    createPyodideModule: async (settings) => {
      const module = await create(settings);
      module.HEAP8.fill(0); // as the worker does: where the restore does not write, memory reads as zeros
      module.growMemory(length);
      return module;
    },
  });
  pyodide.runPython("restore_files()");
  handle = pyodide.pyimport("callcoach.bridge").handle;
  if (boot === "snapshot-state") {
    const state = pyodide.runPython(`
import json, sys
from callcoach.detect import matcher, model
json.dumps({"detector_indexes": matcher.build_index.cache_info().currsize,
            "weights_loaded": model.load_weights.cache_info().currsize,
            "modules": sorted(m for m in sys.modules if m.startswith("callcoach"))})`);
    process.stdout.write(state + "\n");
    process.exit(0);
  }
} else {
  const pyodide = await loadPyodide(options);
  await pyodide.loadPackage("callcoach", { messageCallback: () => {} });
  handle = pyodide.pyimport("callcoach.bridge").handle;
  const course = readFileSync(path.join(site, "assets", "callcoach", "course.json"), "utf8");
  const loaded = JSON.parse(handle(`{"type":"load","course":${course}}`));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded));
}
const input = readFileSync(0, "utf8").split("\n").filter(Boolean);
const out = [];
for (const line of input) out.push(handle(line));
process.stdout.write(out.join("\n") + "\n");
