// The engine's home in the page: one module worker per tab, running Pyodide and callcoach.
// Messages in: {id, type, ...} (JSON-able). Messages out: {id, ok, ...} or {type: "ready"} / {type: "failed"}.
// Every judgement is made by Python (callcoach.bridge.handle); this file only moves JSON.

import { loadPyodide } from "../pyodide/pyodide.mjs";

const runtime = new URL("../pyodide/", import.meta.url).href;
const options = {
  indexURL: runtime,
  lockFileURL: runtime + "pyodide-lock.json",
  packageBaseUrl: runtime,
  stdout: () => {},
  stderr: () => {},
};
let handle = null;

// Everything the start needs is requested at once: the course data, the start-up snapshot and the
// runtime download while the worker gets going.
const courseText = fetch(new URL("./course.json", import.meta.url)).then((response) => {
  if (!response.ok) throw new Error(`course data: HTTP ${response.status}`);
  return response.text();
});
courseText.catch(() => {});
const runtimeModule = import("../pyodide/pyodide.asm.mjs");
runtimeModule.catch(() => {});
// The build's snapshot of the started engine (scripts/pyodide-snapshot.mjs), gzip-compressed so that any
// host serves it small, and inflated as it arrives, unless the service worker stored it inflated already
// (sw.js). Missing or broken: the engine starts from scratch.
let snapshot = null; // about 40 MB once inflated: dropped as soon as it is restored
const snapshotFetched = fetch(runtime + "engine-snapshot.bin").then(async (response) => {
  if (!response.ok) throw new Error(`snapshot: HTTP ${response.status}`);
  const inflated = response.headers.get("X-Callcoach-Inflated") === "1"
    ? response.body
    : response.body.pipeThrough(new DecompressionStream("gzip"));
  const bytes = await new Response(inflated).arrayBuffer();
  // The file: the snapshot's full length (4 bytes), then the snapshot without its unused, all-zero end.
  snapshot = { length: new DataView(bytes).getUint32(0, true), bytes: new Uint8Array(bytes, 4) };
});
snapshotFetched.catch(() => {});

async function sha256(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Restore the snapshot: the interpreter, the engine and the course as the build left them. */
async function restore() {
  // Given the snapshot as a promise, Pyodide fetches the runtime while the snapshot downloads. A bare
  // thenable, not a promise: Pyodide keeps its options, and a promise would keep the bytes alive.
  const pyodide = await loadPyodide({
    ...options,
    _loadSnapshot: { then: (resolve, reject) => snapshotFetched.then(() => resolve(snapshot.bytes), reject) },
    // The snapshot holds more memory than a fresh start has: grow it to the full size first.
    createPyodideModule: async (settings) => {
      const module = await (await runtimeModule).default(settings);
      // The file leaves out memory's all-zero end: whatever the fresh runtime wrote so far must read as
      // zeros where the restore does not write. Zeroing it first costs a few milliseconds.
      module.HEAP8.fill(0);
      module.growMemory(snapshot.length);
      return module;
    },
  });
  snapshot = null;
  pyodide.runPython("restore_files()"); // the engine's data files, which a memory snapshot cannot hold
  handle = pyodide.pyimport("callcoach.bridge").handle;
  // A page served with newer course data than the snapshot (a stale cache) reloads the course.
  const course = await courseText;
  if (pyodide.globals.get("CALLCOACH_COURSE_SHA256") === (await sha256(course))) return "snapshot";
  load(course);
  return "snapshot, course reloaded";
}

/** Start from scratch: load the engine package and the course. */
async function fresh() {
  const pyodide = await loadPyodide({ ...options, packages: ["callcoach"] });
  // Already loaded through `packages` above (then this is a no-op); if that download failed, it tries once more.
  await pyodide.loadPackage("callcoach", { messageCallback: () => {}, errorCallback: () => {} });
  handle = pyodide.pyimport("callcoach.bridge").handle;
  load(await courseText);
  return "fresh";
}

function load(course) {
  const loaded = JSON.parse(handle(`{"type":"load","course":${course}}`));
  if (!loaded.ok) throw new Error(loaded.error.message);
}

/** Start the engine, and say how: "snapshot", "snapshot, course reloaded" or "fresh". */
async function boot() {
  try {
    return await restore();
  } catch {
    // No snapshot, or one another Pyodide build made: a fresh start still works.
    handle = snapshot = null;
    return fresh();
  }
}

const booting = boot().then(
  (start) => {
    postMessage({ type: "ready", start });
    // A fresh start builds the reply detector's patterns now (seconds on a slow machine), so the first
    // scenario check is quick; a restored snapshot has them built already.
    if (start === "fresh") setTimeout(() => handle('{"type":"detect","text":"Sorry, I will call you back today."}'), 0);
  },
  (error) => postMessage({ type: "failed", message: String(error && error.message ? error.message : error) }),
);

self.onmessage = async (event) => {
  await booting;
  const request = event.data || {};
  if (!handle) {
    postMessage({ id: request.id, ok: false, error: { code: "not-ready", message: "The checking engine did not start." } });
    return;
  }
  postMessage(JSON.parse(handle(JSON.stringify(request))));
};
