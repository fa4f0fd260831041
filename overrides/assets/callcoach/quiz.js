// A quiz widget: collects the learner's answers from the server-rendered form, asks the engine
// to grade them, and shows what Python decided. It never judges an answer itself.

import { engine } from "./engine.js";
import { el, describeStatus, watchEngine, startWhenNeeded } from "./ui.js";

function collect(fieldset) {
  const type = fieldset.dataset.ccType;
  const inputs = [...fieldset.querySelectorAll("input")];
  const selects = [...fieldset.querySelectorAll("select")];
  switch (type) {
    case "single": {
      const chosen = inputs.find((i) => i.checked);
      return chosen ? chosen.value : null;
    }
    case "true_false": {
      const chosen = inputs.find((i) => i.checked);
      return chosen ? chosen.value === "true" : null;
    }
    case "multiple":
      return inputs.filter((i) => i.checked).map((i) => i.value);
    case "short_text":
      return inputs[0].value;
    case "ordering": {
      if (selects.every((s) => !s.value)) return null;
      // Position n holds the token placed there; gaps and clashes go to Python as they are.
      const order = new Array(selects.length).fill(null);
      for (const s of selects) {
        const at = Number(s.value) - 1;
        if (s.value && order[at] === null) order[at] = s.dataset.ccToken;
        else if (s.value) order.push(s.dataset.ccToken);
      }
      return order;
    }
    case "matching": {
      if (selects.every((s) => !s.value)) return null;
      return Object.fromEntries(selects.map((s) => [s.dataset.ccToken, s.value || null]));
    }
    default:
      return null;
  }
}

const STATUS_TEXT = {
  correct: "Correct.",
  partial: "Partly right.",
  wrong: "Not quite.",
  unanswered: "Not answered.",
  invalid: "Could not check this answer.",
};

function showQuestion(fieldset, result) {
  const box = fieldset.querySelector("[data-cc-feedback]");
  box.replaceChildren();
  fieldset.dataset.ccOutcome = result.status;
  box.append(el("p", { class: `cc-verdict cc-verdict--${result.status}` }, [STATUS_TEXT[result.status] || result.status]));
  for (const line of result.feedback) {
    if (line !== "Not answered.") box.append(el("p", {}, [line]));
  }
  box.append(el("p", { class: "cc-explanation" }, [el("strong", {}, ["Why: "]), result.explanation]));
  if (result.lesson) box.append(el("p", {}, [el("a", { href: result.lesson }, ["Review this in the lesson"])]));
  box.hidden = false;
}

function mountQuiz(section) {
  const form = section.querySelector("[data-cc-form]");
  const status = section.querySelector("[data-cc-status]");
  const result = section.querySelector("[data-cc-result]");
  const submit = section.querySelector("[data-cc-submit]");
  const retry = section.querySelector("[data-cc-retry]");
  const quizId = section.dataset.ccQuiz;
  const stop = watchEngine(section, status);
  startWhenNeeded(section);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const answers = {};
    for (const fieldset of form.querySelectorAll("[data-cc-question]")) {
      answers[fieldset.dataset.ccQuestion] = collect(fieldset);
    }
    submit.disabled = true;
    submit.textContent = "Checking…";
    const response = await engine.request("grade", { quiz: quizId, answers });
    submit.disabled = false;
    submit.textContent = "Check my answers";
    result.replaceChildren();
    if (!response.ok) {
      result.append(el("p", { class: "cc-error", role: "alert" }, [response.error.message]));
      return;
    }
    const graded = response.result;
    for (const q of graded.questions) {
      const fieldset = form.querySelector(`[data-cc-question="${CSS.escape(q.id)}"]`);
      if (fieldset) showQuestion(fieldset, q);
    }
    const verdict = graded.passed ? "Passed" : "Not passed yet";
    result.dataset.ccScore = String(graded.score);
    result.dataset.ccPassed = String(graded.passed);
    result.append(
      el("p", { class: "cc-score" }, [
        el("strong", {}, [`${verdict}: `]),
        `you scored ${formatPoints(graded.points)} out of ${graded.max_points} (${graded.score}%). The pass mark is ${graded.pass_mark}%.`,
      ]),
      el("p", {}, [graded.passed ? "Well done. Read the feedback under each question, then move on when you are ready." : "Read the feedback under each question, review the lesson, then try again."]),
    );
    retry.hidden = false;
    result.focus();
    performance.mark("callcoach:graded");
    section.dispatchEvent(new CustomEvent("callcoach:graded", { bubbles: true, detail: graded }));
  });

  retry.addEventListener("click", () => {
    form.reset();
    for (const box of form.querySelectorAll("[data-cc-feedback]")) {
      box.hidden = true;
      box.replaceChildren();
    }
    for (const fieldset of form.querySelectorAll("[data-cc-question]")) delete fieldset.dataset.ccOutcome;
    result.replaceChildren();
    retry.hidden = true;
    const first = form.querySelector("input, select");
    if (first) first.focus();
  });
  return stop;
}

function formatPoints(points) {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

export { mountQuiz, describeStatus };
