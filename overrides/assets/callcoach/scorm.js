// A module page launched by an LMS reports to its SCORM 1.2 API: incomplete on entry, then the
// status, score and suspend data the engine works out (Python decides), and commit and finish on
// leaving. An LMS that refuses a call never stops the learner: a small notice says so.

import { engine } from "./engine.js";
import { store } from "./store.js";
import { el } from "./ui.js";

/** The standard search for a SCORM 1.2 API: up the parent frames, then the opener's. */
export function findAPI(start = window) {
  const search = (win) => {
    for (let depth = 0; win && depth < 500; depth += 1) {
      try {
        if (win.API && typeof win.API.LMSInitialize === "function") return win.API;
      } catch {
        return null; // a frame from another origin: no API we may use
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  };
  let api = search(start);
  try {
    if (!api && start.opener) api = search(start.opener);
  } catch {
    api = null;
  }
  return api;
}

const pad = (n, width = 2) => String(Math.floor(n)).padStart(width, "0");
const timespan = (ms) => {
  const s = ms / 1000;
  return `${pad(s / 3600, 4)}:${pad((s % 3600) / 60)}:${pad(s % 60)}.${pad((s * 100) % 100)}`;
};

class Lms {
  constructor(api, module) {
    this.api = api;
    this.module = module;
    this.started = Date.now();
    this.finished = false;
    this.warned = false;
  }

  /** One API call; a "false" or an error code shows the notice, and the course carries on. */
  call(name, ...args) {
    let result = "false";
    try {
      result = String(this.api[name](...args));
    } catch {
      result = "false";
    }
    if (name !== "LMSGetValue" ? result !== "true" : this.lastError() !== "0") this.warn(name);
    return result;
  }

  lastError() {
    try {
      return String(this.api.LMSGetLastError());
    } catch {
      return "101";
    }
  }

  warn(name) {
    if (this.warned) return;
    this.warned = true;
    const code = this.lastError();
    let detail = "";
    try {
      detail = String(this.api.LMSGetErrorString(code) || "");
    } catch {
      detail = "";
    }
    const where = document.querySelector(".md-content__inner") || document.body;
    where.prepend(el("p", { class: "cc-notice cc-lms-notice", role: "status", "data-cc-lms-notice": "" }, [
      `Your learning system did not confirm that your results were recorded (${name}, error ${code}${detail ? `: ${detail}` : ""}). `,
      "Keep working: your progress is also kept in this browser. If it happens again, tell your trainer.",
    ]));
  }

  async report(data) {
    const result = await engine.request("lms_report", { progress: data, module: this.module });
    if (!result.ok || this.finished) return;
    this.call("LMSSetValue", "cmi.core.lesson_status", result.status);
    if (result.score) {
      this.call("LMSSetValue", "cmi.core.score.min", String(result.score.min));
      this.call("LMSSetValue", "cmi.core.score.max", String(result.score.max));
      this.call("LMSSetValue", "cmi.core.score.raw", String(result.score.raw));
    }
    if (result.suspend_data) this.call("LMSSetValue", "cmi.suspend_data", result.suspend_data);
    this.call("LMSCommit", "");
    document.documentElement.dataset.ccLms = result.status; // lets a trainer (and a test) see what was sent
  }

  finish() {
    if (this.finished) return;
    this.finished = true;
    this.call("LMSSetValue", "cmi.core.session_time", timespan(Date.now() - this.started));
    // "suspend" keeps the suspend data for the next launch, so progress comes back on return.
    this.call("LMSSetValue", "cmi.core.exit", "suspend");
    this.call("LMSCommit", "");
    this.call("LMSFinish", "");
  }
}

/** Connect this page to the LMS when it is a module page launched by one; otherwise do nothing. */
export async function connectLMS() {
  const widget = document.querySelector("section[data-cc-module]");
  const api = findAPI();
  if (!api || !widget) return null;
  const lms = new Lms(api, Number(widget.dataset.ccModule));
  if (lms.call("LMSInitialize", "") !== "true") return lms;
  const status = lms.call("LMSGetValue", "cmi.core.lesson_status");
  if (!status || status === "not attempted") lms.call("LMSSetValue", "cmi.core.lesson_status", "incomplete");
  const saved = lms.call("LMSGetValue", "cmi.suspend_data");
  window.addEventListener("pagehide", () => lms.finish(), { once: true });
  if (saved) {
    const result = await engine.request("lms_restore", { current: store.data, module: lms.module, suspend_data: saved });
    if (result.ok) store.replace(result.progress);
  }
  await lms.report(store.data);
  store.onChange((data) => lms.report(data));
  return lms;
}
