// The engine's home in the page: one module worker per tab, running Pyodide and callcoach.
// Messages in: {id, type, ...} (JSON-able). Messages out: {id, ok, ...} or {type: "ready"} / {type: "failed"}.
// Every judgement is made by Python (callcoach.bridge.handle); this file only moves JSON.

import { loadPyodide } from "../pyodide/pyodide.mjs";

const runtime = new URL("../pyodide/", import.meta.url).href;
let handle = null;

// Everything the start needs is requested at once: the course data and the engine wheel download
// while the interpreter boots (the standard library and the wheel come precompiled by the build).
const courseText = fetch(new URL("./course.json", import.meta.url)).then((response) => {
  if (!response.ok) throw new Error(`course data: HTTP ${response.status}`);
  return response.text();
});
courseText.catch(() => {});

async function boot() {
  const pyodide = await loadPyodide({
    indexURL: runtime,
    lockFileURL: runtime + "pyodide-lock.json",
    packageBaseUrl: runtime,
    packages: ["callcoach"],
    stdout: () => {},
    stderr: () => {},
  });
  // Already loaded through `packages` above (then this is a no-op); if that download failed, it tries once more.
  await pyodide.loadPackage("callcoach", { messageCallback: () => {}, errorCallback: () => {} });
  const course = await courseText;
  handle = pyodide.pyimport("callcoach.bridge").handle;
  const loaded = JSON.parse(handle(`{"type":"load","course":${course}}`));
  if (!loaded.ok) throw new Error(loaded.error.message);
}

const booting = boot().then(
  () => {
    postMessage({ type: "ready" });
    // Build the reply detector's patterns now (about a second), so the first scenario check is quick.
    setTimeout(() => handle('{"type":"detect","text":"Sorry, I will call you back today."}'), 0);
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
