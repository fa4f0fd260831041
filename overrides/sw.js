// The course's service worker: precaches every file of the build (the list and each file's revision
// are written in by workbox-build's injectManifest), then serves them, online or off.
// A new build installs beside the old one and waits; the page offers "a new version is available"
// and the learner chooses when to switch. Progress lives in localStorage, which an update never touches.

const MANIFEST = self.__WB_MANIFEST;
const PREFIX = "callcoach-";
const BASE = new URL("./", self.location).href;

async function digest(text) {
  const bytes = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(bytes).slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const versionPromise = digest(JSON.stringify(MANIFEST)).then((v) => PREFIX + v);
const RECORD = BASE + "__precache-record.json";
// The engine's start-up snapshot travels gzip-compressed (6 MB rather than 32), so that any host sends it
// small. It is stored inflated, marked by INFLATED, so that a visit served from here starts the engine
// without inflating it again (about 0.15 s sooner on 2 cores).
const SNAPSHOT = new URL("assets/pyodide/engine-snapshot.bin", BASE).href;
const INFLATED = "X-Callcoach-Inflated";

async function precache(cache, url) {
  // "no-cache" revalidates with the server: unchanged files (Pyodide, just loaded by the page) come back
  // as a cheap 304 from the browser's HTTP cache instead of a second download.
  const request = new Request(url, { cache: "no-cache" });
  if (url !== SNAPSHOT) return cache.add(request);
  const response = await fetch(request);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const packed = await response.arrayBuffer();
  try {
    const inflated = await new Response(new Response(packed).body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
    await cache.put(url, new Response(inflated, { headers: { "Content-Type": "application/octet-stream", [INFLATED]: "1" } }));
  } catch {
    // Not gzip after all: keep it as it came, and the engine judges it as it would from the network.
    await cache.put(url, new Response(packed, { headers: { "Content-Type": "application/octet-stream" } }));
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const name = await versionPromise;
      const cache = await caches.open(name);
      // Reuse files whose revision did not change (Pyodide is ~12 MB): copy them from an older cache.
      const previous = new Map();
      for (const old of await caches.keys()) {
        if (!old.startsWith(PREFIX) || old === name) continue;
        const oldCache = await caches.open(old);
        const record = await oldCache.match(RECORD);
        if (!record) continue;
        for (const [url, revision] of Object.entries(await record.json())) previous.set(`${url}@${revision}`, oldCache);
      }
      const record = {};
      for (const { url, revision } of MANIFEST) {
        const absolute = new URL(url, BASE).href;
        record[absolute] = revision;
        const source = previous.get(`${absolute}@${revision}`);
        const reused = source && (await source.match(absolute));
        if (reused) await cache.put(absolute, reused);
        else await precache(cache, absolute);
      }
      await cache.put(RECORD, new Response(JSON.stringify(record), { headers: { "Content-Type": "application/json" } }));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const name = await versionPromise;
      for (const old of await caches.keys()) if (old.startsWith(PREFIX) && old !== name) await caches.delete(old);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

function cacheKey(request) {
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  if (url.pathname.endsWith("/")) url.pathname += "index.html";
  return url.href;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(BASE)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(await versionPromise);
      const hit = await cache.match(cacheKey(request));
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (error) {
        if (request.mode === "navigate") {
          const missing = await cache.match(new URL("404.html", BASE).href);
          if (missing) return missing;
        }
        throw error;
      }
    })(),
  );
});
