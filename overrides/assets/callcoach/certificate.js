// The completion certificate: the learner's name (kept on this device), the modules completed with
// scores and dates, and a verification code computed by the engine, which a trainer's roster recomputes.

import { engine } from "./engine.js";
import { store, outline } from "./store.js";
import { el } from "./ui.js";
import { download, exportText } from "./progress.js";

export function mountCertificate(root) {
  const nameId = "cc-cert-name";
  const input = el("input", { type: "text", id: nameId, maxlength: "80", autocomplete: "name", value: store.data.learner || "" });
  const body = el("div", { class: "cc-cert", "aria-live": "polite" });
  const print = el("button", { type: "button", class: "md-button md-button--primary" }, ["Print or save as PDF"]);
  const save = el("button", { type: "button", class: "md-button", "data-cc-export-cert": "" }, ["Export progress file with this certificate"]);
  let latest = null;
  async function draw() {
    const { modules } = await outline();
    const response = await engine.request("certificate", { progress: store.data });
    if (!response.ok) {
      body.replaceChildren(el("p", { class: "cc-error", role: "alert" }, [response.error.message]));
      return;
    }
    latest = response;
    const rows = modules.filter((m) => response.completed[String(m.module)]).map((m) => {
      const quiz = store.data.modules[String(m.module)].quiz;
      return el("tr", {}, [el("td", {}, [`${m.module}. ${m.title}`]), el("td", {}, [`${quiz.best}%`]), el("td", {}, [(quiz.at || "").slice(0, 10)])]);
    });
    body.replaceChildren(
      el("p", { class: "cc-cert__title" }, ["Record of self-study"]),
      el("p", { class: "cc-cert__name", "data-cc-cert-name": "" }, [store.data.learner || "(type your name above)"]),
      el("p", {}, [`has completed ${rows.length} of ${modules.length} modules of the course "Handling Tricky Customer Calls".`]),
      rows.length
        ? el("table", {}, [el("thead", {}, [el("tr", {}, [el("th", {}, ["Module"]), el("th", {}, ["Best quiz score"]), el("th", {}, ["Date"])])]), el("tbody", {}, rows)])
        : el("p", {}, ["No module is complete yet: read the lesson, pass the quiz and the scenario check of a module to complete it."]),
      el("p", { class: "cc-cert__code" }, ["Verification code: ", el("strong", { "data-cc-code": "" }, [response.code])]),
      el("p", { class: "cc-cert__small" }, [
        "This is a record of self-study made on the learner's own device, not a qualification or an accreditation. ",
        "A trainer can check the code against the learner's progress file with the course's roster tool.",
      ]),
    );
  }
  input.addEventListener("change", () => {
    store.setName(input.value);
    draw();
  });
  print.addEventListener("click", () => window.print());
  save.addEventListener("click", () => {
    if (!latest) return;
    download("progress-with-certificate.json", exportText({ code: latest.code, version: latest.version }));
  });
  root.replaceChildren(
    el("p", { class: "cc-cert__form" }, [el("label", { for: nameId }, ["Your name, as it should appear: "]), input]),
    body,
    el("div", { class: "cc-actions cc-cert__actions" }, [print, save]),
  );
  draw();
  return () => {};
}
