// Assignment links: a trainer chooses modules, a due date, a pass mark and a note, and gets a link whose
// query holds the choice (no server). A learner opening it sees an "Assigned to you" checklist, kept on
// their device. Links are parsed strictly: anything unexpected is refused with a plain message.

import { store, outline, moduleSteps } from "./store.js";
import { el } from "./ui.js";

const ASSIGNMENT_KEY = "callcoach:assignment";
const MAX_QUERY = 600;
const MAX_NOTE = 200;

/** Parse an assignment from a query string; returns {assignment} or {error}. */
export function parseAssignment(search, moduleNumbers) {
  if (search.length > MAX_QUERY) return { error: "This assignment link is too long to be genuine. Ask your trainer for a new one." };
  const params = new URLSearchParams(search);
  for (const key of params.keys()) {
    if (!["modules", "due", "pass", "note"].includes(key)) return { error: `This assignment link has an unexpected part ("${key.slice(0, 20)}"). Ask your trainer for a new one.` };
  }
  const raw = (params.get("modules") || "").split(",").filter(Boolean);
  if (!raw.length) return { error: "This assignment link names no modules." };
  const modules = [];
  for (const item of raw) {
    const n = Number(item);
    if (!/^\d{1,2}$/.test(item) || !moduleNumbers.includes(n)) return { error: `This assignment link names a module that does not exist ("${item.slice(0, 10)}").` };
    if (!modules.includes(n)) modules.push(n);
  }
  const due = params.get("due") || "";
  if (due) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
    const date = match && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    if (!match || date.getUTCMonth() !== +match[2] - 1 || date.getUTCDate() !== +match[3] || +match[1] < 2000 || +match[1] > 2100) {
      return { error: `This assignment link has an impossible due date ("${due.slice(0, 12)}").` };
    }
  }
  const pass = params.get("pass") || "70";
  if (!/^\d{1,3}$/.test(pass) || Number(pass) > 100) return { error: "This assignment link has a pass mark that is not between 0 and 100." };
  const note = params.get("note") || "";
  if (note.length > MAX_NOTE) return { error: "This assignment link's note is too long." };
  return { assignment: { modules: modules.sort((a, b) => a - b), due, pass: Number(pass), note } };
}

export async function mountAssigned(root) {
  const { modules } = await outline();
  const numbers = modules.map((m) => m.module);
  const messages = el("div", { "aria-live": "polite" });
  let assignment = null;
  if (location.search) {
    const parsed = parseAssignment(location.search.slice(1), numbers);
    if (parsed.error) {
      messages.append(el("p", { class: "cc-error", role: "alert", "data-cc-assign-error": "" }, [parsed.error]));
    } else {
      assignment = parsed.assignment;
      try {
        localStorage.setItem(ASSIGNMENT_KEY, JSON.stringify(assignment));
      } catch {
        /* kept for this visit only */
      }
    }
  }
  if (!assignment) {
    try {
      const saved = JSON.parse(localStorage.getItem(ASSIGNMENT_KEY) || "null");
      const reparsed = saved && parseAssignment(new URLSearchParams({ modules: saved.modules.join(","), due: saved.due, pass: String(saved.pass), note: saved.note }).toString(), numbers);
      assignment = reparsed && reparsed.assignment ? reparsed.assignment : null;
    } catch {
      assignment = null;
    }
  }
  if (!assignment) {
    root.replaceChildren(messages, el("p", {}, ["You have no assignment on this device. Open the link your trainer sent you."]));
    return () => {};
  }
  const items = assignment.modules.map((n) => {
    const m = modules.find((x) => x.module === n);
    const steps = moduleSteps(m, store.data);
    const quiz = store.data.modules[String(n)] && store.data.modules[String(n)].quiz;
    const met = quiz && quiz.best >= assignment.pass;
    const done = steps.every((s) => s.done) && met;
    return el("li", { class: "cc-assigned__item", "data-cc-assigned-module": String(n), "data-cc-done": String(Boolean(done)) }, [
      el("span", { class: "cc-assigned__status" }, [done ? "✔ Done: " : "☐ To do: "]),
      el("a", { href: new URL(m.url, new URL("../../", import.meta.url)).href }, [`Module ${n}: ${m.title}`]),
      ` (${steps.filter((s) => s.done).length} of ${steps.length} steps; quiz ${quiz ? `${quiz.best}%` : "not taken"}, needs ${assignment.pass}%)`,
    ]);
  });
  root.replaceChildren(
    messages,
    el("h2", {}, ["Assigned to you"]),
    assignment.due ? el("p", {}, [el("strong", {}, ["Due: "]), new Date(assignment.due + "T00:00:00Z").toLocaleDateString(undefined, { dateStyle: "long", timeZone: "UTC" })]) : el("p", {}, ["No due date."]),
    assignment.note ? el("p", { class: "cc-assigned__note" }, [el("strong", {}, ["Note from your trainer: "]), assignment.note]) : "",
    el("ul", { class: "cc-assigned" }, items),
  );
  return () => {};
}

export async function mountAssignForm(root) {
  const { modules } = await outline();
  const boxes = modules.map((m) => el("label", { class: "cc-choice" }, [el("input", { type: "checkbox", value: String(m.module), name: "module" }), ` Module ${m.module}: ${m.title}`]));
  const due = el("input", { type: "date", id: "cc-due" });
  const pass = el("input", { type: "number", id: "cc-pass", min: "0", max: "100", value: "70" });
  const note = el("input", { type: "text", id: "cc-note", maxlength: String(MAX_NOTE) });
  const out = el("div", { "aria-live": "polite", class: "cc-assign__out" });
  const make = el("button", { type: "submit", class: "md-button md-button--primary" }, ["Make the link"]);
  const form = el("form", { class: "cc-form", novalidate: "" }, [
    el("fieldset", { class: "cc-q" }, [el("legend", {}, ["Modules to assign"]), ...boxes]),
    el("p", {}, [el("label", { for: "cc-due" }, ["Due date (optional) "]), due]),
    el("p", {}, [el("label", { for: "cc-pass" }, ["Pass mark for the quizzes (%) "]), pass]),
    el("p", {}, [el("label", { for: "cc-note" }, ["Note to learners (optional) "]), note]),
    make,
  ]);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = boxes.map((b) => b.querySelector("input")).filter((i) => i.checked).map((i) => i.value);
    const query = new URLSearchParams({ modules: chosen.join(","), ...(due.value ? { due: due.value } : {}), pass: pass.value, ...(note.value ? { note: note.value } : {}) }).toString();
    const check = parseAssignment(query, modules.map((m) => m.module));
    if (check.error) {
      out.replaceChildren(el("p", { class: "cc-error", role: "alert" }, [check.error.replace("This assignment link", "The assignment")]));
      return;
    }
    const { assigned_url: assigned } = await outline();
    const link = new URL(`${assigned}?${query}`, new URL("../../", import.meta.url)).href;
    out.replaceChildren(el("p", {}, ["Send this link to your learners:"]), el("p", {}, [el("a", { href: link, "data-cc-assign-link": "" }, [link])]));
  });
  root.replaceChildren(form, out);
  return () => {};
}
