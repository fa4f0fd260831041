// The learner's progress in localStorage, under one versioned key. Faults never break a page:
// unreadable data is kept as a backup copy and the learner starts afresh with a notice; without
// storage (private mode, quota) the course still works for this visit.

import { engine } from "./engine.js";

export const KEY = "callcoach:progress";
const SCHEMA = 1;
const listeners = new Set();

function probe() {
  try {
    const test = "callcoach:probe";
    localStorage.setItem(test, "1");
    localStorage.removeItem(test);
    return true;
  } catch {
    return false;
  }
}

export const empty = () => ({ schema: SCHEMA, learner: "", modules: {} });
const today = () => new Date().toISOString().slice(0, 19) + "Z";

class Store {
  constructor() {
    this.available = probe();
    this.notice = this.available ? "" : "Your browser is not letting this site store anything (private browsing or full storage), so progress will not be kept after you close this tab.";
    this.data = this.load();
  }

  load() {
    if (!this.available) return empty();
    const raw = localStorage.getItem(KEY);
    if (raw === null) return empty();
    let data = null;
    try {
      data = JSON.parse(raw);
    } catch {
      data = null;
    }
    if (data && data.schema === SCHEMA && data.modules && typeof data.modules === "object") return data;
    if (data && (data.schema === 0 || data.schema === undefined) && data.scores) {
      this.upgrade(raw);
      return empty();
    }
    this.backup(raw);
    this.notice = "Your saved progress could not be read, so it was kept as a backup copy and you are starting afresh. A trainer can recover the backup from this browser's storage.";
    return empty();
  }

  backup(raw) {
    try {
      localStorage.setItem(`${KEY}:backup:${Date.now()}`, raw);
      localStorage.removeItem(KEY);
    } catch {
      /* storage full: the original stays where it was, untouched */
    }
  }

  /** Older progress is updated by the engine (Python decides), then merged in. */
  async upgrade(raw) {
    this.backup(raw);
    const result = await engine.request("import_progress", { current: this.data, text: raw });
    if (result.ok) this.replace(result.progress);
  }

  save() {
    if (this.available) {
      try {
        localStorage.setItem(KEY, JSON.stringify(this.data));
      } catch {
        this.available = false;
        this.notice = "Progress could not be saved (storage is full or blocked). It is kept for this visit only: export a progress file to keep it.";
      }
    }
    for (const listener of listeners) listener(this.data);
  }

  replace(data) {
    this.data = data;
    this.save();
  }

  module(number) {
    const key = String(number);
    if (!this.data.modules[key]) this.data.modules[key] = {};
    return this.data.modules[key];
  }

  lessonRead(number) {
    const m = this.module(number);
    if (m.lesson) return;
    m.lesson = today();
    this.save();
  }

  quiz(number, score, passed) {
    const m = this.module(number);
    const old = m.quiz;
    if (!old || score > old.best) m.quiz = { best: score, passed: passed || Boolean(old && old.passed), at: today() };
    else if (passed && !old.passed) old.passed = true;
    this.save();
  }

  scenario(number, id) {
    const m = this.module(number);
    m.scenarios = m.scenarios || {};
    if (!m.scenarios[id]) m.scenarios[id] = today();
    this.save();
  }

  ending(number, simulation, ending) {
    const m = this.module(number);
    m.simulations = m.simulations || {};
    m.simulations[simulation] = m.simulations[simulation] || {};
    if (!m.simulations[simulation][ending]) m.simulations[simulation][ending] = today();
    this.save();
  }

  setName(name) {
    this.data.learner = name.trim().slice(0, 80);
    this.save();
  }

  onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }
}

export const store = new Store();

/** Steps done in one module: lesson, quiz passed, each scenario passed, each simulation ended. */
export function moduleSteps(outlineModule, data) {
  const m = data.modules[String(outlineModule.module)] || {};
  const steps = [{ label: "Lesson read", done: Boolean(m.lesson) }];
  if (outlineModule.quiz) steps.push({ label: m.quiz ? `Quiz passed (best ${m.quiz.best}%)` : "Quiz passed", done: Boolean(m.quiz && m.quiz.passed) });
  for (const id of outlineModule.scenarios) steps.push({ label: "Scenario check passed", done: Boolean(m.scenarios && m.scenarios[id]) });
  for (const id of outlineModule.simulations) steps.push({ label: "Call simulation finished", done: Boolean(m.simulations && m.simulations[id]) });
  return steps;
}

let outlinePromise = null;
export function outline() {
  if (!outlinePromise) {
    outlinePromise = fetch(new URL("./outline.json", import.meta.url)).then((r) => (r.ok ? r.json() : { modules: [] })).catch(() => ({ modules: [] }));
  }
  return outlinePromise;
}
