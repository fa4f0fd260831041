// Progress shown as bars with text: on module pages, on the home page's cards, and on "My progress",
// where the learner exports, imports and resets their progress file.

import { engine } from "./engine.js";
import { store, outline, moduleSteps, empty } from "./store.js";
import { el } from "./ui.js";

const SITE = new URL("../../", import.meta.url);

export function progressBar(outlineModule, data) {
  const steps = moduleSteps(outlineModule, data);
  const done = steps.filter((s) => s.done).length;
  const percent = Math.round((100 * done) / steps.length);
  const text = `${done} of ${steps.length} steps done: ` + steps.map((s) => `${s.label} ${s.done ? "✔" : "–"}`).join(", ");
  return el("div", { class: "cc-progress", "data-cc-progress": String(outlineModule.module), "data-cc-percent": String(percent) }, [
    el("progress", { max: "100", value: String(percent), "aria-label": `Module ${outlineModule.module} progress`, "aria-valuetext": `${percent}%` }),
    el("span", { class: "cc-progress__text" }, [text]),
  ]);
}

function showNotice(container) {
  if (!store.notice || container.querySelector(".cc-notice")) return;
  container.prepend(el("p", { class: "cc-notice", role: "status" }, [store.notice]));
}

/** Record what happens on this page, and draw bars where they belong. */
export async function mountProgress() {
  const content = document.querySelector(".md-content__inner");
  if (!content) return () => {};
  const { modules } = await outline();
  const cleanups = [];
  // A module page is one with a module's quiz, scenario or simulation (the home page's cards are not).
  const widget = document.querySelector("section[data-cc-module]");
  const number = widget ? Number(widget.dataset.ccModule) : null;
  const here = modules.find((m) => m.module === number);
  if (here) {
    // The build draws the bar as a new learner sees it, so the page does not shift when it is filled in.
    let slot = content.querySelector(".cc-progress-slot");
    if (!slot) {
      slot = el("div", { class: "cc-progress-slot" }, [el("div")]);
      content.querySelector("h1").after(slot);
      cleanups.push(() => slot.remove());
    }
    const bar = slot.firstElementChild;
    const draw = (data) => bar.replaceChildren(progressBar(here, data));
    draw(store.data);
    showNotice(slot);
    cleanups.push(store.onChange(draw));
    const practice = document.getElementById("practice");
    if (practice) {
      // The learner has read the lesson once they reach its Practice section.
      const seen = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          store.lessonRead(number);
          seen.disconnect();
        }
      });
      seen.observe(practice);
      cleanups.push(() => seen.disconnect());
    }
  }
  const onGraded = (e) => store.quiz(Number(e.target.dataset.ccModule), e.detail.score, e.detail.passed);
  const onChecked = (e) => e.detail.passed && store.scenario(Number(e.target.dataset.ccModule), e.target.dataset.ccScenario);
  const onEnding = (e) => store.ending(Number(e.target.dataset.ccModule), e.detail.simulation, e.detail.ending);
  content.addEventListener("callcoach:graded", onGraded);
  content.addEventListener("callcoach:checked", onChecked);
  content.addEventListener("callcoach:ending", onEnding);
  cleanups.push(() => {
    content.removeEventListener("callcoach:graded", onGraded);
    content.removeEventListener("callcoach:checked", onChecked);
    content.removeEventListener("callcoach:ending", onEnding);
  });
  for (const card of document.querySelectorAll(".cc-card[data-cc-module]")) {
    const m = modules.find((x) => x.module === Number(card.dataset.ccModule));
    if (!m) continue;
    const drawn = card.querySelector(".cc-progress");
    if (drawn) drawn.replaceWith(progressBar(m, store.data));
    else card.append(progressBar(m, store.data));
  }
  const page = document.querySelector("[data-cc-progress-page]");
  if (page) cleanups.push(mountProgressPage(page, modules));
  return () => cleanups.forEach((c) => c());
}

/** Save `text` as a file in the learner's downloads. */
export function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportText(certificate) {
  return JSON.stringify({ ...store.data, exported: new Date().toISOString(), ...(certificate ? { certificate } : {}) }, null, 2);
}

function mountProgressPage(page, modules) {
  const table = el("div", { class: "cc-progress-list" });
  const messages = el("div", { class: "cc-messages", "aria-live": "polite", "data-cc-messages": "" });
  const say = (lines, kind = "info") => messages.replaceChildren(...lines.map((l) => el("p", { class: `cc-message cc-message--${kind}` }, [l])));
  const draw = (data) =>
    table.replaceChildren(...modules.map((m) => el("div", { class: "cc-progress-row" }, [el("h3", {}, [el("a", { href: new URL(m.url, SITE).href }, [`Module ${m.module}: ${m.title}`])]), progressBar(m, data)])));
  draw(store.data);
  const fileInput = el("input", { type: "file", accept: ".json,application/json", id: "cc-import-file", class: "cc-file" });
  const exportButton = el("button", { type: "button", class: "md-button md-button--primary", "data-cc-export": "" }, ["Export my progress file"]);
  const resetButton = el("button", { type: "button", class: "md-button", "data-cc-reset": "" }, ["Reset my progress"]);
  exportButton.addEventListener("click", () => {
    download(`progress-${new Date().toISOString().slice(0, 10)}.json`, exportText());
    say(["Your progress file was saved to your downloads. Keep it: you can import it on another device."]);
  });
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > 1_000_000) {
      say([`That file is ${Math.round(file.size / 1000).toLocaleString()} KB: too large to be a progress file from this course. Nothing was changed.`], "error");
      return;
    }
    say(["Checking the file…"]);
    const result = await engine.request("import_progress", { current: store.data, text: await file.text() });
    if (!result.ok) {
      say([`Nothing was imported: ${result.error.message}`], "error");
      return;
    }
    store.replace(result.progress);
    say(["Imported. What changed:", ...result.changes, ...result.notes]);
  });
  resetButton.addEventListener("click", () => {
    if (!window.confirm("Reset all your progress on this device? Choose Cancel, then 'Export my progress file' first if you want to keep a copy.")) return;
    store.replace(empty());
    say(["Your progress was reset."]);
  });
  page.replaceChildren(
    table,
    el("div", { class: "cc-actions" }, [exportButton, el("label", { for: "cc-import-file", class: "md-button" }, ["Import a progress file"]), fileInput, resetButton]),
    messages,
  );
  showNotice(page);
  return store.onChange(draw);
}
