// Mount the course's widgets on every page, including after Material's instant navigation.

import { mountQuiz } from "./quiz.js";

const cleanups = [];

function mountAll() {
  while (cleanups.length) cleanups.pop()();
  for (const section of document.querySelectorAll("[data-cc-quiz]")) {
    if (section.dataset.ccMounted) continue;
    section.dataset.ccMounted = "true";
    cleanups.push(mountQuiz(section));
  }
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(mountAll);
} else {
  mountAll();
}
