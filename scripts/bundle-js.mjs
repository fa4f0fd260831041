// Bundle the course's page script in the built site: app.js and every module it imports become one
// minified app.js, so a page fetches two small scripts (app.js and engine.js) instead of a dozen, which
// on a slow connection no longer queue in front of the theme's own script and styles.
// Usage: node scripts/bundle-js.mjs SITE_DIR
// engine.js stays its own module: it holds the tab's one checking engine, which other scripts (and the
// benchmark) import by URL and must share. The worker is started by URL and is not bundled either.
import { rm } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const dir = path.join(process.argv[2], "assets", "callcoach");
const entry = path.join(dir, "app.js");
const result = await build({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  external: ["./engine.js"],
  legalComments: "none",
  metafile: true,
  logLevel: "error",
});
// The modules now inside app.js: the site no longer needs their own copies.
const bundled = Object.keys(result.metafile.inputs).map((name) => path.resolve(name)).filter((name) => name !== path.resolve(entry));
await Promise.all(bundled.map((name) => rm(name)));
console.log(JSON.stringify({ bundled: bundled.map((name) => path.basename(name)).sort() }));
