// Run callcoach.bridge inside the real Pyodide runtime under Node, offline.
// Usage: node bridge.mjs SITE_DIR < requests.jsonl > responses.jsonl
// The engine is loaded exactly as in the browser: from the built site's pyodide-lock.json,
// with the wheel's sha256 checked by loadPackage.

import { readFileSync } from "node:fs";
import path from "node:path";
import { loadPyodide } from "pyodide";

const site = path.resolve(process.argv[2]);
const runtime = path.join(site, "assets", "pyodide") + path.sep;
const pyodide = await loadPyodide({ indexURL: runtime, lockFileURL: runtime + "pyodide-lock.json", packageBaseUrl: runtime, stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") });
await pyodide.loadPackage("callcoach", { messageCallback: () => {} });
const handle = pyodide.pyimport("callcoach.bridge").handle;
const course = readFileSync(path.join(site, "assets", "callcoach", "course.json"), "utf8");
const loaded = JSON.parse(handle(`{"type":"load","course":${course}}`));
if (!loaded.ok) throw new Error(JSON.stringify(loaded));
const input = readFileSync(0, "utf8").split("\n").filter(Boolean);
const out = [];
for (const line of input) out.push(handle(line));
process.stdout.write(out.join("\n") + "\n");
