// A call simulation: the page keeps the transcript; every turn goes to Python, which says where the call goes.

import { engine } from "./engine.js";
import { el, watchEngine, startWhenNeeded } from "./ui.js";

const ENDINGS = {
  resolved: "Call resolved",
  escalated: "Escalated properly",
  "ended-professionally": "Call ended professionally",
  lost: "Customer lost",
};

function moodWords(mood) {
  if (mood <= 2) return "furious";
  if (mood <= 4) return "angry";
  if (mood <= 6) return "uneasy";
  if (mood <= 8) return "calmer";
  return "calm and satisfied";
}

export function mountSimulation(section) {
  const id = section.dataset.ccSimulation;
  const transcript = section.querySelector("[data-cc-transcript]");
  const turn = section.querySelector("[data-cc-turn]");
  const startButton = section.querySelector("[data-cc-start]");
  const printButton = section.querySelector("[data-cc-print]");
  const moodBox = section.querySelector("[data-cc-mood]");
  const meter = moodBox.querySelector("meter");
  const moodText = section.querySelector("[data-cc-mood-text]");
  const stop = watchEngine(section, section.querySelector("[data-cc-status]"));
  startWhenNeeded(section);

  function setMood(mood) {
    meter.value = mood;
    const words = `${mood} out of 10, ${moodWords(mood)}`;
    meter.setAttribute("aria-valuetext", words);
    moodText.textContent = words;
    section.dataset.ccMood = String(mood);
    moodBox.hidden = false;
  }

  function show(view) {
    setMood(view.mood);
    transcript.append(el("li", { class: "cc-line cc-line--caller" }, [el("strong", {}, ["Caller: "]), view.customer]));
    turn.replaceChildren();
    if (view.kind === "ending") {
      section.dataset.ccEnding = view.ending;
      section.dispatchEvent(new CustomEvent("callcoach:ending", { bubbles: true, detail: { simulation: id, ending: view.ending } }));
      transcript.append(el("li", { class: "cc-line cc-line--ending" }, [el("strong", {}, [`${ENDINGS[view.ending] || view.ending}. `]), view.summary]));
      turn.append(el("p", { class: "cc-score", tabindex: "-1" }, [el("strong", {}, [`The call is over: ${ENDINGS[view.ending] || view.ending}.`]), " Read the transcript and feedback above, print it for a coaching session, or replay the call."]));
      startButton.textContent = "Replay the call";
      startButton.hidden = false;
      printButton.hidden = false;
      turn.firstChild.focus();
      return;
    }
    if (view.kind === "choice") {
      const group = el("div", { role: "group", "aria-label": "What do you say?", class: "cc-sim__choices" });
      view.choices.forEach((text, index) => {
        const button = el("button", { type: "button", class: "md-button cc-sim__choice" }, [text]);
        button.addEventListener("click", () => take(view, { choice: index }, text));
        group.append(button);
      });
      turn.append(el("p", {}, [el("strong", {}, ["What do you say?"])]), group);
      group.querySelector("button").focus();
    } else {
      const boxId = `${id}-${view.node}-reply`;
      const box = el("textarea", { id: boxId, rows: "3", maxlength: "5000" });
      const form = el("form", { class: "cc-form", novalidate: "" }, [
        el("label", { for: boxId }, [el("strong", {}, [view.prompt])]), box,
        el("div", { class: "cc-actions" }, [el("button", { type: "submit", class: "md-button md-button--primary" }, ["Say it"])]),
        el("p", { class: "cc-error", role: "alert", "data-cc-error": "" }),
      ]);
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        take(view, { reply: box.value }, box.value, form);
      });
      turn.append(form);
      box.focus();
    }
  }

  async function take(view, answer, said, form) {
    const buttons = turn.querySelectorAll("button");
    buttons.forEach((b) => (b.disabled = true));
    const response = await engine.request("sim_step", { simulation: id, node: view.node, mood: view.mood, answer });
    buttons.forEach((b) => (b.disabled = false));
    if (!response.ok) {
      const where = form ? form.querySelector("[data-cc-error]") : turn;
      where.textContent = response.error.message;
      return;
    }
    const t = response.turn;
    const change = t.mood_change > 0 ? `mood +${t.mood_change}` : t.mood_change < 0 ? `mood ${t.mood_change}` : "mood unchanged";
    transcript.append(
      el("li", { class: "cc-line cc-line--agent" }, [el("strong", {}, ["You: "]), said]),
      el("li", { class: "cc-line cc-line--feedback" }, [el("strong", {}, [`Feedback (${change}): `]), t.feedback]),
    );
    performance.mark("callcoach:graded");
    show(response);
  }

  startButton.addEventListener("click", async () => {
    startButton.disabled = true;
    const response = await engine.request("sim_start", { simulation: id });
    startButton.disabled = false;
    if (!response.ok) {
      turn.replaceChildren(el("p", { class: "cc-error", role: "alert" }, [response.error.message]));
      return;
    }
    transcript.replaceChildren();
    delete section.dataset.ccEnding;
    startButton.hidden = true;
    printButton.hidden = true;
    show(response);
  });
  printButton.addEventListener("click", () => window.print());
  return stop;
}
