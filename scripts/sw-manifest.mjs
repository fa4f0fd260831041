// Write the precache list (every file of the built site, each with a content revision) into sw.js,
// using workbox-build's injectManifest. Usage: node scripts/sw-manifest.mjs SITE_DIR
// Only the part of workbox-build that is used: its index also loads the service-worker generator and its
// bundler, which took most of a second of every build.
import { injectManifest } from "workbox-build/build/inject-manifest.js";

const site = process.argv[2];
const { count, size, warnings } = await injectManifest({
  globDirectory: site,
  globPatterns: ["**/*.{html,js,mjs,css,json,wasm,zip,whl,bin,svg,png,ico,webmanifest}"],
  globIgnores: ["sw.js", "**/*.map"],
  swSrc: `${site}/sw.js`,
  swDest: `${site}/sw.js`,
  maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
});
for (const warning of warnings) console.error(`warning: ${warning}`);
console.log(JSON.stringify({ count, size }));
