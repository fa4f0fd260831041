// Small DOM helpers shared by the widgets. Text always goes in as text nodes, never as HTML.

import { engine } from "./engine.js";

export const LABELS = {
  acknowledge: "Acknowledge", apology: "Apology", clarify: "Clarify", options: "Options", commit: "Commit",
  policy: "Policy", escalate: "Escalate", boundary: "Boundary", blame: "Blame", antagonize: "Antagonise", hedge: "Hedge",
};

export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

export function describeStatus(state, failure) {
  switch (state) {
    case "idle":
      return "Checks will be ready in a moment. You can answer now.";
    case "starting":
      return "Preparing checks… you can answer meanwhile.";
    case "ready":
      return "Checks ready: your answers are checked on this device.";
    default:
      return failure || "Checks are not available.";
  }
}

/** Keep a widget's status line in step with the engine. Returns an unsubscribe function. */
export function watchEngine(section, status) {
  status.removeAttribute("role");
  status.setAttribute("aria-live", "polite");
  return engine.onChange((state, failure) => {
    status.textContent = describeStatus(state, failure);
    status.dataset.ccState = state;
    section.dataset.ccEngine = state;
  });
}

/** Start the engine in idle time after the page has loaded, or sooner when the widget scrolls into view
 *  or the learner interacts with it: most of the wait is Python starting, so start early but never
 *  before the page itself has finished loading. */
export function startWhenNeeded(section) {
  const start = () => {
    observer.disconnect();
    section.removeEventListener("focusin", start);
    section.removeEventListener("pointerdown", start);
    engine.start().catch(() => {});
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) start();
  });
  observer.observe(section);
  section.addEventListener("focusin", start);
  section.addEventListener("pointerdown", start);
  const idle = () => (window.requestIdleCallback ? requestIdleCallback(start, { timeout: 3000 }) : setTimeout(start, 1000));
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
}
