// Mount the course's widgets on every page, including after Material's instant navigation.

import { mountQuiz } from "./quiz.js";
import { mountScenario } from "./scenario.js";
import { mountSimulation } from "./simulation.js";

const WIDGETS = [
  ["[data-cc-quiz]", mountQuiz],
  ["[data-cc-scenario]", mountScenario],
  ["[data-cc-simulation]", mountSimulation],
];

const cleanups = [];

function mountAll() {
  while (cleanups.length) cleanups.pop()();
  for (const [selector, mount] of WIDGETS) {
    for (const section of document.querySelectorAll(selector)) {
      if (section.dataset.ccMounted) continue;
      section.dataset.ccMounted = "true";
      cleanups.push(mount(section));
    }
  }
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(mountAll);
} else {
  mountAll();
}
