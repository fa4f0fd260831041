// A scenario check: sends the learner's reply to the engine and shows, per criterion, what Python found,
// with the evidence highlighted in the learner's own words (built from text nodes, never HTML).

import { engine } from "./engine.js";
import { el, watchEngine, startWhenNeeded, LABELS } from "./ui.js";

/** The learner's text with the evidence spans wrapped in <mark>, as DOM nodes. */
export function highlighted(text, evidence) {
  const spans = [];
  for (const [behaviour, list] of Object.entries(evidence || {})) {
    for (const [start, end] of list) spans.push({ start, end, behaviour });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = el("p", { class: "cc-evidence" });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping spans: keep the first
    out.append(document.createTextNode(text.slice(at, span.start)));
    out.append(el("mark", { class: `cc-mark cc-mark--${span.behaviour}`, title: LABELS[span.behaviour] || span.behaviour }, [text.slice(span.start, span.end)]));
    out.append(el("span", { class: "cc-mark__label" }, [` [${LABELS[span.behaviour] || span.behaviour}]`]));
    at = span.end;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

function criterion(kind, behaviour, ok, text) {
  const word = { met: "Done", missing: "Missing", forbidden: "Avoid", praise: "Bonus" }[kind];
  return el("li", { class: `cc-criterion cc-criterion--${kind}` }, [
    el("strong", {}, [`${word}: ${LABELS[behaviour] || behaviour}. `]),
    text || "",
  ]);
}

export function mountScenario(section) {
  const form = section.querySelector("[data-cc-form]");
  const box = form.querySelector("textarea");
  const result = section.querySelector("[data-cc-result]");
  const submit = section.querySelector("[data-cc-submit]");
  const stop = watchEngine(section, section.querySelector("[data-cc-status]"));
  startWhenNeeded(section);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = box.value;
    submit.disabled = true;
    submit.textContent = "Checking…";
    const response = await engine.request("check", { scenario: section.dataset.ccScenario, text });
    submit.disabled = false;
    submit.textContent = "Check my reply";
    result.replaceChildren();
    if (!response.ok) {
      result.append(el("p", { class: "cc-error", role: "alert" }, [response.error.message]));
      result.focus();
      return;
    }
    section.dataset.ccPassed = String(response.passed);
    const items = el("ul", { class: "cc-criteria" });
    const byKind = Object.fromEntries(response.feedback.map((f) => [`${f.kind}:${f.behaviour}`, f.text]));
    for (const b of response.met) items.append(criterion("met", b, true, ""));
    for (const b of response.missing) items.append(criterion("missing", b, false, byKind[`missing:${b}`]));
    for (const b of response.forbidden) items.append(criterion("forbidden", b, false, byKind[`forbidden:${b}`]));
    for (const b of response.praise) items.append(criterion("praise", b, true, byKind[`praise:${b}`]));
    result.append(
      el("p", { class: "cc-score" }, [el("strong", {}, [response.passed ? "Good reply: " : "Not there yet: "]),
        response.passed ? "it does what this call needs." : "see what to add or avoid below, then try again."]),
      items,
      el("p", {}, [el("strong", {}, ["What your reply shows"]), " (highlighted):"]),
      highlighted(text, response.evidence),
      el("details", { class: "cc-model", open: "" }, [el("summary", {}, ["A model reply"]), el("p", {}, [response.model_reply])]),
      el("p", {}, [el("a", { href: response.lesson }, ["Review this in the lesson"])]),
    );
    result.focus();
    performance.mark("callcoach:graded");
    section.dispatchEvent(new CustomEvent("callcoach:checked", { bubbles: true, detail: response }));
  });
  return stop;
}
