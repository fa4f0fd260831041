// Register the service worker so the course works offline after one visit, and offer a new version
// when one has been published. Switching versions never touches the learner's progress.

import { el } from "./ui.js";

const SITE = new URL("../../", import.meta.url);

function offerUpdate(registration) {
  if (document.querySelector("[data-cc-update]")) return;
  const button = el("button", { type: "button", class: "md-button md-button--primary" }, ["Reload now"]);
  const banner = el("div", { class: "cc-update", role: "status", "data-cc-update": "" }, [
    el("span", {}, ["A new version of the course is available. Your progress is kept. "]),
    button,
  ]);
  button.addEventListener("click", () => {
    registration.waiting && registration.waiting.postMessage({ type: "SKIP_WAITING" });
  });
  document.body.append(banner);
}

export async function registerOffline() {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  // A SCORM package lives inside an LMS, whose pages a service worker must never control.
  if (document.querySelector('meta[name="callcoach-package"][content="scorm"]')) return;
  let registration;
  try {
    registration = await navigator.serviceWorker.register(new URL("sw.js", SITE), { scope: SITE.pathname });
  } catch {
    return; // e.g. `mkdocs serve`, which builds no service worker; the course works as before
  }
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading || !sessionStorage.getItem("callcoach:updating")) return;
    reloading = true;
    sessionStorage.removeItem("callcoach:updating");
    location.reload();
  });
  const watch = (worker) => {
    worker.addEventListener("statechange", () => {
      if (worker.state === "installed" && navigator.serviceWorker.controller) {
        sessionStorage.setItem("callcoach:updating", "1");
        offerUpdate(registration);
      }
    });
  };
  if (registration.waiting && navigator.serviceWorker.controller) {
    sessionStorage.setItem("callcoach:updating", "1");
    offerUpdate(registration);
  }
  if (registration.installing) watch(registration.installing);
  registration.addEventListener("updatefound", () => watch(registration.installing));
}
