// Compile Python sources to bytecode with Pyodide's own interpreter (its exact version and magic number),
// so the browser does not compile them on every start. Most of Pyodide's start-up was the interpreter
// compiling the ~200 standard-library modules it imports from python_stdlib.zip, which ships sources only.
//
// Usage: node scripts/pyodide-precompile.mjs [--stdlib IN.zip OUT.zip] [--wheel IN.whl OUT.whl]
//   --stdlib: every .py becomes an unchecked-hash .pyc (no source kept: zipimport never compiles again).
//   --wheel:  each module gains a checked-hash __pycache__/<name>.<cache_tag>.pyc beside its source,
//             so a stale .pyc can never be used; RECORD lists the new files.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const args = process.argv.slice(2);
const jobs = [];
for (let i = 0; i < args.length; i += 3) {
  if (!["--stdlib", "--wheel"].includes(args[i]) || !args[i + 2]) {
    console.error("usage: node scripts/pyodide-precompile.mjs [--stdlib IN OUT] [--wheel IN OUT]");
    process.exit(2);
  }
  jobs.push({ kind: args[i].slice(2), input: args[i + 1], output: args[i + 2] });
}

const pyodide = await loadPyodide({ stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") });
pyodide.runPython(`
import base64, hashlib, importlib._bootstrap_external as _be, importlib.util, sys, zipfile

def _pyc(code, source, checked):
    return bytes(_be._code_to_hash_pyc(code, importlib.util.source_hash(source), checked=checked))

def stdlib(src, dst):
    # The zip is mounted at /lib/pythonXY.zip: compile with the file names zipimport would give.
    prefix = "/lib/python%d%d.zip/" % sys.version_info[:2]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith(".py"):
                code = compile(data, prefix + info.filename, "exec", dont_inherit=True)
                data = _pyc(code, data, False)
                info = zipfile.ZipInfo(info.filename + "c", info.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)

def _record_hash(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()

def wheel(src, dst):
    tag = sys.implementation.cache_tag
    with zipfile.ZipFile(src) as zin:
        entries = [(info, zin.read(info)) for info in zin.infolist()]
    record_name = next(i.filename for i, _ in entries if i.filename.endswith(".dist-info/RECORD"))
    files = []
    for info, data in entries:
        if info.filename == record_name:
            continue
        files.append((info, data))
        if info.filename.endswith(".py"):
            folder, _, name = info.filename.rpartition("/")
            code = compile(data, info.filename, "exec", dont_inherit=True)
            pyc = zipfile.ZipInfo(f"{folder}/__pycache__/{name[:-3]}.{tag}.pyc", info.date_time)
            pyc.external_attr = info.external_attr
            files.append((pyc, _pyc(code, data, True)))
    record = "".join(f"{i.filename},{_record_hash(d)},{len(d)}\\n" for i, d in files) + f"{record_name},,\\n"
    record_info = next(i for i, _ in entries if i.filename == record_name)
    files.append((record_info, record.encode()))
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in files:
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
`);
for (const { kind, input, output } of jobs) {
  pyodide.FS.writeFile("/tmp/in", readFileSync(input));
  pyodide.globals.get(kind)("/tmp/in", "/tmp/out");
  writeFileSync(output, pyodide.FS.readFile("/tmp/out"));
}
