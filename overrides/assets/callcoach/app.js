// Mount the course's widgets on every page, including after Material's instant navigation.

import { mountQuiz } from "./quiz.js";
import { mountScenario } from "./scenario.js";
import { mountSimulation } from "./simulation.js";
import { mountProgress } from "./progress.js";
import { mountCertificate } from "./certificate.js";
import { mountAssignForm, mountAssigned } from "./assign.js";
import { registerOffline } from "./offline.js";
import { engine } from "./engine.js";

const WIDGETS = [
  ["[data-cc-quiz]", mountQuiz],
  ["[data-cc-scenario]", mountScenario],
  ["[data-cc-simulation]", mountSimulation],
  ["[data-cc-certificate]", mountCertificate],
  ["[data-cc-assign-form]", mountAssignForm],
  ["[data-cc-assigned]", mountAssigned],
];

const cleanups = [];

async function mountAll() {
  while (cleanups.length) cleanups.pop()();
  for (const [selector, mount] of WIDGETS) {
    for (const section of document.querySelectorAll(selector)) {
      if (section.dataset.ccMounted) continue;
      section.dataset.ccMounted = "true";
      const stop = await mount(section);
      cleanups.push(typeof stop === "function" ? stop : () => {});
    }
  }
  cleanups.push(await mountProgress());
}

// Precaching (about 15 MB to download) waits until the checking engine is ready, or a quiet moment on pages
// without one, so it never competes with the first view or with Python starting.
let offlineStarted = false;
function startOffline() {
  if (offlineStarted) return;
  offlineStarted = true;
  registerOffline();
}
engine.onChange((state) => (state === "ready" || state === "failed") && startOffline());
window.addEventListener("load", () => setTimeout(() => engine.state === "idle" && startOffline(), 5000), { once: true });

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(mountAll);
} else {
  mountAll();
}

// Inside an LMS's frame (or a window it opened), a module page reports to the LMS's SCORM 1.2 API.
if (window.parent !== window || window.opener) import("./scorm.js").then((m) => m.connectLMS()).catch(() => {});
