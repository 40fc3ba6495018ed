// Lead page, sign-off: the lead's parts of the template (the cover, the national conditions, the metrics) as a form
// under a task list of what is still to do; NHS England's reporting workbook to attach; and what the template still
// misses, for the approval's confirmation step. Read-only once approved. Field ids come from the API's field names
// ("cover.email" is "answers-cover-email"), so an error the API names links to its field.
"use strict";
window.BcfLeadAnswers = (() => {
  const B = window.Bcf;
  const { el, replace, api, enc } = B;
  const $ = (id) => document.getElementById(id);
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const NOT_GIVEN = "Not given";
  const MAX_SHORT = 200;  // LeadAnswersCheck.MaxShortTextLength
  const MAX_LONG = 4000;  // LeadAnswersCheck.MaxTextLength

  let cycleId = null;
  let view = null;     // the last answers view from the API
  let shownKey = null; // the cycle and stage drawn: the regular status checks never redraw the form under the lead's typing

  const fieldId = (field) => "answers-" + field.replace(/\./g, "-");
  const path = (id, suffix) => "/api/cycles/" + enc(id) + suffix;
  const withoutColon = (text) => text.replace(/\s*:\s*$/, "");
  const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const conditionText = (text) => text.replace(/^\d+\)\s*/, "");
  const yesNo = (value) => (value === "yes" ? true : value === "no" ? false : null);
  const yesNoValue = (value) => (value === true ? "yes" : value === false ? "no" : null);

  /** A cover question's label as a label on its own: "If yes, signed off by (…):" is "Signed off by (…)". */
  const coverLabel = (question) => capital(withoutColon(question.label).replace(/^If (yes|no),\s*(please indicate\s*)?/i, ""));

  /** The view for the cycle now shown (null while the section is hidden). */
  const current = () => view;

  function reset() {
    shownKey = null;
    view = null;
    workbookAttached = false;
    replace($("answers-result"));
    $("template-section").hidden = true;
  }

  /** Shows the section for the cycle at this stage: the form while awaiting sign-off, the answers read-only once
   * approved, nothing otherwise. Drawn again only when the cycle or its stage changes. */
  async function sync(id, stage) {
    const key = id + "|" + stage;
    if (key === shownKey) return;
    const sameCycle = cycleId === id;
    shownKey = key;
    cycleId = id;
    if (sameCycle) replace($("answers-result")); // "Answers saved" belonged to the stage before
    const section = $("template-section");
    if (stage !== "awaitingSignOff" && !B.isDecided(stage)) {
      view = null;
      section.hidden = true;
      return;
    }
    const result = await api(path(id, "/lead-answers"));
    if (shownKey !== key) return;
    section.hidden = false;
    if (!result.ok) {
      shownKey = null; // asked again at the next status check
      replace($("answers"), el("p", { class: "error-text" }, B.problemText(result)));
      return;
    }
    view = result.body;
    draw();
  }

  const editable = () => view.editable && view.stage === "awaitingSignOff";

  function draw() {
    replace($("template-heading"), editable() ? "Complete the template" : "The lead's answers in the template");
    drawTasks();
    replace($("answers"), editable() ? form() : readOnly());
    drawWorkbook();
  }

  // ---- The task list: each part of the template, completed or how much is left ------------------------------------

  function drawTasks() {
    const sheets = view.questions.sheets;
    const missing = view.templateMissing || view.missing;
    const count = (test) => missing.filter(test).length;
    const linked = editable() || !!view.saved; // read-only without saved answers there are no parts to go to
    const checklist = missing.filter((m) => m.field.startsWith("expenditure.")).map((m) => m.field.slice("expenditure.".length));
    const tasks = [
      { id: "cover", name: "Cover", href: "#answers-part-cover", left: count((m) => m.sheet === sheets.cover) },
      { id: "conditions", name: "National Conditions", href: "#answers-part-conditions", left: count((m) => m.sheet === sheets.nationalConditions) },
      { id: "metrics", name: "Metrics", href: "#answers-part-metrics", left: count((m) => m.sheet === sheets.metrics) },
      { id: "expenditure", name: "Expenditure checklist", left: checklist.length,
        hint: checklist.length === 0 ? "Filled in from the contributors' returns."
          : "Filled in from the contributors' returns. Blank for some schemes: " + B.list(checklist) + "." },
    ];
    const items = tasks.map((t) => el("li", { class: "task-list__item", id: "task-" + t.id },
      el("div", { class: "task-list__name" },
        t.href && linked ? el("a", { href: t.href, "aria-describedby": "task-" + t.id + "-status" + (t.hint ? " task-" + t.id + "-hint" : "") }, t.name)
          : el("span", {}, t.name),
        t.hint ? el("span", { class: "hint", id: "task-" + t.id + "-hint" }, t.hint) : null),
      el("div", { class: "task-list__status", id: "task-" + t.id + "-status" },
        t.left === 0 ? "Completed" : el("strong", { class: "tag tag-todo" }, t.left + (editable() ? " to do" : " left blank")))));
    const saved = view.saved;
    replace($("template-tasks"),
      el("p", { id: "answers-saved-by" }, saved ? "Saved by " + saved.savedBy + " at " + B.ukTime(saved.savedAt) + "."
        : editable() && suggested() ? "Not saved yet. The answers already filled in below are suggestions from the plan: "
          + "they count as done once you save them." : "Not saved yet."),
      el("ul", { class: "task-list", id: "template-tasks-list" }, items));
  }

  /** Before the first save the form offers the plan's values (the board, the lead's name and email): any given? */
  const suggested = () => {
    const a = view.answers || {};
    return Object.values(a.cover || {}).some((v) => v !== null && v !== undefined && v !== "")
      || (a.nationalConditions || []).some((c) => c.met !== null && c.met !== undefined)
      || (a.metrics || []).some((m) => m.assessment || m.challenges || m.achievements);
  };

  // ---- The form -------------------------------------------------------------------------------------------------------

  function form() {
    const q = view.questions;
    const a = view.answers || {};
    const cover = a.cover || {};
    const asked = Object.fromEntries(q.cover.map((question) => [question.key, question]));
    const text = (key, options) => (asked[key] ? textField("cover." + key, coverLabel(asked[key]), cover[key], options) : null);
    const date = (key, hint) => (asked[key] ? dateField("cover." + key, coverLabel(asked[key]), hint, cover[key]) : null);

    const parts = [
      el("p", {}, "Answer the parts of " + q.title + " that come from you. You can save your answers and come back to them; "
        + "the template is written with the answers saved when you approve."),
      el("h3", { id: "answers-part-cover", tabindex: "-1" }, "Cover"),
      text("healthAndWellbeingBoard"),
      text("completedBy", { autocomplete: "name" }),
      text("email", { type: "email", autocomplete: "email", spellcheck: "false" }),
      text("phone", { type: "tel", autocomplete: "tel", hint: "For example, 0116 305 0000" }),
      asked.signedOff ? radios("cover.signedOff", asked.signedOff.label, null, yesNoValue(cover.signedOff), [
        { value: "yes", label: "Yes", reveal: [text("signedOffBy"), text("signedOffRole"), date("signedOffOn", "For example, 27 3 2025")] },
        { value: "no", label: "No", reveal: [date("expectedSignOffOn", "For example, 27 3 2025")] },
      ]) : null,
    ];

    parts.push(el("h3", { id: "answers-part-conditions", tabindex: "-1" }, "National Conditions"));
    if (q.nationalConditions.length === 0) parts.push(el("p", {}, unknownYear()));
    for (const c of q.nationalConditions) {
      const answer = (a.nationalConditions || []).find((x) => x.number === c.number) || {};
      parts.push(radios("nationalConditions." + c.number + ".met", "Is national condition " + c.number + " met?", conditionText(c.text),
        yesNoValue(answer.met), [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No", reveal: textArea("nationalConditions." + c.number + ".explanation",
            "Explain why national condition " + c.number + " was not met in the quarter", answer.explanation) },
        ]));
    }

    parts.push(el("h3", { id: "answers-part-metrics", tabindex: "-1" }, "Metrics"));
    if (q.metrics.length === 0) parts.push(el("p", {}, unknownYear()));
    for (const m of q.metrics) {
      const answer = (a.metrics || []).find((x) => (x.metric || "").trim().toLowerCase() === m.name.toLowerCase()) || {};
      const assessment = q.assessments.find((x) => x.toLowerCase() === (answer.assessment || "").trim().toLowerCase()) || null;
      const forMetric = el("span", { class: "visually-hidden" }, " for " + m.name);
      parts.push(el("h4", {}, m.name),
        radios("metrics." + m.number + ".assessment", ["Assessment of progress", forMetric], m.definition, assessment,
          q.assessments.map((x) => ({ value: x, label: x }))),
        textArea("metrics." + m.number + ".challenges", ["Challenges and any support needs", forMetric.cloneNode(true)], answer.challenges),
        textArea("metrics." + m.number + ".achievements", ["Achievements", forMetric.cloneNode(true)], answer.achievements));
    }

    parts.push(el("button", { type: "submit", id: "answers-save" }, "Save answers"));
    const node = el("form", { id: "answers-form", novalidate: true }, parts);
    node.addEventListener("change", (e) => { if (e.target.type === "radio") reveal(e.target.name); });
    node.addEventListener("submit", (e) => { e.preventDefault(); B.busy($("answers-save"), save); });
    return node;
  }

  function unknownYear() {
    const note = (view.missing || []).find((m) => m.field === "nationalConditions");
    return note ? note.description : "There is nothing to answer here for " + view.year + ".";
  }

  function textField(field, label, value, options = {}) {
    const id = fieldId(field);
    return el("div", { class: "field", id: id + "-field" },
      el("label", { for: id }, label),
      options.hint ? el("span", { class: "hint", id: id + "-hint" }, options.hint) : null,
      el("input", { type: options.type || "text", id, name: field, value: value ?? "", autocomplete: options.autocomplete || "off",
        spellcheck: options.spellcheck, "aria-describedby": options.hint ? id + "-hint" : null }));
  }

  function textArea(field, label, value) {
    const id = fieldId(field);
    return el("div", { class: "field", id: id + "-field" },
      el("label", { for: id }, label),
      el("textarea", { id, name: field, rows: "4" }, value ?? ""));
  }

  /** A GOV.UK date input (day, month, year) for "yyyy-MM-dd". */
  function dateField(field, legend, hint, iso) {
    const id = fieldId(field);
    const [year, month, day] = iso ? iso.split("-").map((p) => String(Number(p))) : ["", "", ""];
    const part = (name, label, value, width) => el("div", { class: "date-item" },
      el("label", { for: id + "-" + name }, label),
      el("input", { type: "text", class: width, id: id + "-" + name, inputmode: "numeric", autocomplete: "off", value }));
    return el("div", { class: "field", id: id + "-field" },
      el("fieldset", { role: "group", "aria-describedby": id + "-hint" },
        el("legend", {}, legend),
        el("span", { class: "hint", id: id + "-hint" }, hint),
        el("div", { class: "date-input" }, part("day", "Day", day, "width-2"), part("month", "Month", month, "width-2"), part("year", "Year", year, "width-4"))));
  }

  /** GOV.UK radios, an option's follow-up questions shown under it while it is chosen. The first radio carries the
   * field's id: the error summary links to it. options: [{ value, label, reveal }]. */
  function radios(field, legend, hint, chosen, options) {
    const id = fieldId(field);
    const items = options.map((o, i) => {
      const radioId = i === 0 ? id : id + "-" + (o.value === "no" ? "no" : String(i + 1));
      const revealId = o.reveal ? radioId + "-reveal" : null;
      return [
        el("div", { class: "choice" },
          el("input", { type: "radio", id: radioId, name: id, value: o.value, checked: chosen === o.value, "aria-controls": revealId, "data-reveal": revealId }),
          el("label", { for: radioId }, o.label)),
        o.reveal ? el("div", { class: "conditional", id: revealId, hidden: chosen !== o.value }, o.reveal) : null,
      ];
    });
    return el("div", { class: "field", id: id + "-field" },
      el("fieldset", { "aria-describedby": hint ? id + "-hint" : null },
        el("legend", {}, legend),
        hint ? el("span", { class: "hint", id: id + "-hint" }, hint) : null,
        items));
  }

  function reveal(name) {
    for (const radio of document.getElementsByName(name)) {
      const follow = radio.dataset.reveal && $(radio.dataset.reveal);
      if (follow) follow.hidden = !radio.checked;
    }
  }

  /** A date input read: { value: "yyyy-MM-dd" } (null when left blank) or { error }. */
  function readDate(field, label) {
    const id = fieldId(field);
    const group = id + "-field";
    const parts = ["day", "month", "year"].map((p) => ({ part: p, id: id + "-" + p, value: $(id + "-" + p).value.trim() }));
    const empty = parts.filter((p) => p.value === "");
    if (empty.length === 3) return { value: null };
    if (empty.length > 0) return { error: { field: empty[0].id, group, text: capital(label) + " must include a " + B.list(empty.map((p) => p.part)) } };
    const notNumber = parts.find((p) => !/^\d+$/.test(p.value));
    if (notNumber) return { error: { field: notNumber.id, group, text: capital(label) + " must be a real date, in numbers" } };
    if (parts[2].value.length !== 4) return { error: { field: parts[2].id, group, text: "The year must include 4 numbers, for example 2025" } };
    const [day, month, year] = parts.map((p) => Number(p.value));
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || date.getUTCDate() !== day) {
      return { error: { field: month < 1 || month > 12 ? parts[1].id : parts[0].id, group, text: capital(label) + " must be a real date" } };
    }
    return { value: String(year) + "-" + String(month).padStart(2, "0") + "-" + String(day).padStart(2, "0") };
  }

  /** One mailbox, as the service checks it (EmailAddress.IsSingleMailbox): one @ with something either side, no
   * spaces, and a domain of dotted letters, digits and hyphens. */
  function singleMailbox(text) {
    if (text.length > 254) return false;
    const at = text.indexOf("@");
    if (at <= 0 || at !== text.lastIndexOf("@") || at === text.length - 1) return false;
    const local = text.slice(0, at);
    const domain = text.slice(at + 1);
    if ([...local].some((c) => c <= " " || c >= "\x7f" || "()<>[]:;,\\\"".includes(c))) return false;
    if (local.startsWith(".") || local.endsWith(".") || domain.indexOf(".") <= 0 || domain.endsWith(".")) return false;
    return domain.split(".").every((label) => /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label));
  }

  /** The form's answers as the API takes them, and what is wrong with them. A follow-up question counts only while
   * the answer that asks it is chosen. */
  function readForm() {
    const q = view.questions;
    const problems = [];
    const text = (field) => { const input = $(fieldId(field)); return input ? input.value.trim() || null : null; };
    const choice = (field) => document.querySelector("input[name=\"" + fieldId(field) + "\"]:checked")?.value ?? null;
    const long = (field, what) => {
      const value = text(field);
      if (value && value.length > MAX_LONG) {
        problems.push({ field: fieldId(field), text: what + " must be " + MAX_LONG.toLocaleString("en-GB") + " characters or fewer." });
      }
      return value;
    };
    const asked = new Set(q.cover.map((question) => question.key));
    const date = (key, label) => {
      if (!asked.has(key)) return null;
      const read = readDate("cover." + key, label);
      if (read.error) problems.push(read.error);
      return read.value ?? null;
    };
    // The service's own checks (LeadAnswersCheck), with its words, so one save shows every problem together.
    const short = (field, what) => {
      const value = text(field);
      if (value && value.length > MAX_SHORT) problems.push({ field: fieldId(field), text: what + " must be " + MAX_SHORT + " characters or fewer." });
      return value;
    };
    const email = (field) => {
      const value = text(field);
      if (value && !singleMailbox(value)) problems.push({ field: fieldId(field), text: "Enter an email address in the correct format, like name@example.gov.uk." });
      return value;
    };
    const phone = (field) => {
      const value = short(field, "The contact number");
      if (value && !/^[0-9 +()-]+$/.test(value)) {
        problems.push({ field: fieldId(field), text: "Enter a telephone number using only numbers, spaces, brackets, hyphens and +, like 0116 305 0000." });
      }
      return value;
    };
    const signedOff = yesNo(choice("cover.signedOff"));
    const cover = {
      healthAndWellbeingBoard: short("cover.healthAndWellbeingBoard", "The Health and Wellbeing Board"),
      completedBy: short("cover.completedBy", "The name of who completed the return"),
      email: email("cover.email"), phone: phone("cover.phone"), signedOff,
      signedOffBy: signedOff === true ? short("cover.signedOffBy", "Who signed it off") : null,
      signedOffRole: signedOff === true ? short("cover.signedOffRole", "Their role") : null,
      signedOffOn: signedOff === true ? date("signedOffOn", "the date it was signed off") : null,
      expectedSignOffOn: signedOff === false ? date("expectedSignOffOn", "the date it is expected to be signed off") : null,
    };
    const nationalConditions = q.nationalConditions.map((c) => {
      const met = yesNo(choice("nationalConditions." + c.number + ".met"));
      const explanation = met === false ? long("nationalConditions." + c.number + ".explanation", "The explanation") : null;
      if (met === false && !explanation) {
        problems.push({ field: fieldId("nationalConditions." + c.number + ".explanation"), text: "Explain why national condition " + c.number + " was not met" });
      }
      return { number: c.number, met, explanation };
    });
    const metrics = q.metrics.map((m) => ({ metric: m.name, assessment: choice("metrics." + m.number + ".assessment"),
      challenges: long("metrics." + m.number + ".challenges", "Challenges and support needs"),
      achievements: long("metrics." + m.number + ".achievements", "Achievements") }));
    return { problems, answers: { cover, nationalConditions, metrics } };
  }

  /** The field an API error names ("cover.signedOffOn", "nationalConditions.2", "metrics.1.assessment"): its input,
   * a date's day, a condition's Yes/No, a metric's assessment; null when it names none on the page. */
  function target(column) {
    if (!column) return null;
    const id = fieldId(column);
    return [id, id + "-day", id + "-met", id + "-assessment"].find((candidate) => $(candidate)) || null;
  }

  async function save() {
    const { problems, answers } = readForm();
    replace($("answers-result"));
    if (problems.length > 0) { B.showErrors(problems); return; }
    const result = await api(path(cycleId, "/lead-answers"), { method: "PUT", body: JSON.stringify(answers), headers: { "Content-Type": "application/json" } });
    if (!result.ok) {
      const errors = (result.body && result.body.errors) || [];
      if (result.status === 400 && errors.length > 0) {
        B.showErrors(errors.map((e) => {
          const field = target(e.column);
          return { field, group: field && field.endsWith("-day") ? field.slice(0, -"-day".length) + "-field" : null, text: e.message };
        }));
      } else {
        B.showErrors([{ text: (result.status === 409 ? "Your answers were not saved: " : "") + B.problemText(result) }]);
      }
      return;
    }
    B.clearErrors();
    // The answer to a save does not say what the expenditure checklist misses: read the whole view again.
    const fresh = await api(path(cycleId, "/lead-answers"));
    view = fresh.ok ? fresh.body : Object.assign(result.body, { templateMissing: null });
    drawTasks();
    const left = view.missing.length;
    replace($("answers-result"), B.banner("answers-saved", "success", "Answers saved at " + B.ukTime(view.saved.savedAt),
      el("p", {}, left === 0 ? "Every answer of the cover, national conditions and metrics is given."
        : B.plural(left, "answer is", "answers are") + " still to give. The task list above says where.")));
    $("answers-saved").focus();
  }

  // ---- Read-only, once approved ---------------------------------------------------------------------------------------

  function readOnly() {
    const q = view.questions;
    const a = view.answers || {};
    const cover = a.cover || {};
    if (!view.saved) {
      return el("p", { id: "answers-none" }, "No answers were saved before the area return was approved: the template's cover, "
        + "national conditions and metrics are blank.");
    }
    const answerText = (value) => (value === null || value === undefined || value === "" ? NOT_GIVEN : String(value));
    const dateText = (iso) => (iso ? B.ukDate(iso + "T12:00:00Z") : NOT_GIVEN);
    const shown = q.cover.filter((question) => {
      if (["signedOffBy", "signedOffRole", "signedOffOn"].includes(question.key)) return cover.signedOff === true;
      if (question.key === "expectedSignOffOn") return cover.signedOff === false;
      return true;
    });
    const coverRows = shown.map((question) => [el("dt", {}, coverLabel(question)), el("dd", { class: "answer-text" },
      question.key === "signedOff" ? (cover.signedOff === true ? "Yes" : cover.signedOff === false ? "No" : NOT_GIVEN)
        : question.key.endsWith("On") ? dateText(cover[question.key]) : answerText(cover[question.key]))]);
    const conditionRows = q.nationalConditions.map((c) => {
      const answer = (a.nationalConditions || []).find((x) => x.number === c.number) || {};
      return [el("dt", {}, "National condition " + c.number),
        el("dd", { class: "answer-text" }, answer.met === true ? "Yes" : answer.met === false ? "No. " + answerText(answer.explanation) : NOT_GIVEN)];
    });
    const metrics = q.metrics.map((m) => {
      const answer = (a.metrics || []).find((x) => (x.metric || "").trim().toLowerCase() === m.name.toLowerCase()) || {};
      return [el("h4", {}, m.name), el("dl", { class: "summary-list", id: "answers-metric-" + m.number + "-summary" },
        el("dt", {}, "Assessment of progress"), el("dd", {}, answerText(answer.assessment)),
        el("dt", {}, "Challenges and any support needs"), el("dd", { class: "answer-text" }, answerText(answer.challenges)),
        el("dt", {}, "Achievements"), el("dd", { class: "answer-text" }, answerText(answer.achievements)))];
    });
    return [
      el("h3", { id: "answers-part-cover", tabindex: "-1" }, "Cover"),
      el("dl", { class: "summary-list", id: "answers-cover-summary" }, coverRows),
      el("h3", { id: "answers-part-conditions", tabindex: "-1" }, "National Conditions"),
      conditionRows.length ? el("dl", { class: "summary-list", id: "answers-conditions-summary" }, conditionRows) : el("p", {}, unknownYear()),
      el("h3", { id: "answers-part-metrics", tabindex: "-1" }, "Metrics"),
      metrics.length ? metrics : el("p", {}, unknownYear()),
    ];
  }

  // ---- NHS England's reporting workbook ------------------------------------------------------------------------------

  function drawWorkbook() {
    const w = view.workbook;
    const attached = el("p", { id: "workbook-attached" }, w
      ? "Attached: " + w.fileName + ", by " + w.attachedBy + " at " + B.ukTime(w.attachedAt) + "."
      : editable() ? "No workbook attached yet." : "No workbook was attached before approval.");
    if (!editable()) {
      replace($("workbook"), el("h3", {}, "NHS England's reporting workbook"), attached);
      return;
    }
    const formNode = el("form", { id: "workbook-form", novalidate: true },
      el("div", { class: "field", id: "workbook-file-field" },
        el("label", { for: "workbook-file" }, "Reporting workbook"),
        el("span", { class: "hint", id: "workbook-file-hint" }, "The Excel file (.xlsx) as NHS England sent it. Attaching another replaces it."),
        el("input", { type: "file", id: "workbook-file", accept: ".xlsx," + XLSX, "aria-describedby": "workbook-file-hint" })),
      el("button", { type: "submit", class: "secondary", id: "workbook-button" }, "Attach workbook"),
      el("div", { id: "workbook-result", tabindex: "-1" }));
    formNode.addEventListener("submit", (e) => { e.preventDefault(); B.busy($("workbook-button"), attach); });
    replace($("workbook"),
      el("h3", {}, "Attach NHS England's reporting workbook"),
      el("p", {}, "Optional. If you attach the blank workbook NHS England sent for this quarter, it is filled in with the area's "
        + "figures and your answers when you approve, ready to send."),
      attached, formNode);
  }

  async function attach() {
    const file = $("workbook-file").files[0];
    replace($("workbook-result"));
    if (!file) { B.showErrors([{ field: "workbook-file", text: "Select NHS England's reporting workbook" }]); return; }
    const result = await api(path(cycleId, "/reporting-workbook"), { method: "PUT", body: await file.arrayBuffer(), headers: B.fileHeaders(file.name, XLSX) });
    if (!result.ok) {
      const errors = (result.body && result.body.errors) || [];
      if (errors.length > 0) {
        replace($("workbook-result"), el("ul", { class: "error-list", id: "workbook-errors" }, errors.map((e) => el("li", {}, e.message))));
      }
      B.showErrors([{ field: "workbook-file", text: file.name + " was not attached: "
        + (errors.length > 0 ? "see the problems below" : B.problemText(result)) }]);
      return;
    }
    B.clearErrors();
    view = Object.assign(result.body, { templateMissing: view.templateMissing });
    drawWorkbook();
    replace($("workbook-result"), el("div", { class: "panel", role: "status" },
      el("p", {}, file.name + " is attached. It is filled in when you approve the area return.")));
    $("workbook-result").focus();
  }

  // ---- The approval's confirmation step -----------------------------------------------------------------------------

  /** What the template would still miss if approved now, read afresh; null when it could not be checked. */
  async function templateMissing(id) {
    const result = await api(path(id, "/lead-answers"));
    if (result.ok) workbookAttached = !!result.body.workbook;
    return result.ok ? (result.body.templateMissing || result.body.missing) : null;
  }

  let workbookAttached = false; // as the confirmation step last read it

  /** For the confirmation step: the parts still blank and the checkbox to approve with them blank, or that every part
   * is complete. missing: [{ sheet, description }], or null when unknown (the server still checks). */
  function confirmBlock(missing) {
    if (missing === null) return [];
    if (missing.length === 0) {
      return [el("p", { id: "confirm-template" }, "Every part of the template is complete: the cover, the national conditions, "
        + "the metrics and the expenditure checklist.")];
    }
    return [
      el("div", { class: "warning-text", id: "confirm-template" },
        el("span", { class: "warning-text__icon", "aria-hidden": "true" }, "!"),
        el("strong", { class: "warning-text__text" }, el("span", { class: "visually-hidden" }, "Warning: "),
          "The template has " + B.plural(missing.length, "part", "parts") + " still blank:")),
      el("ul", { id: "confirm-template-missing" }, missing.map((m) => el("li", {}, m.sheet + ": " + withoutColon(m.description)))),
      workbookAttached || (view && view.workbook)
        ? el("p", { id: "confirm-workbook" }, "NHS England's workbook works out its own ‘Complete Template’ from its own checklist, "
          + "so it may not agree with this list: check the filled-in workbook before you send it.")
        : null,
      el("div", { class: "field", id: "confirm-incomplete-field" },
        el("div", { class: "choice" },
          el("input", { type: "checkbox", id: "confirm-incomplete", name: "confirm-incomplete", value: "yes" }),
          el("label", { for: "confirm-incomplete" }, "Approve with these parts of the template blank"))),
    ];
  }

  return { sync, reset, current, templateMissing, confirmBlock, fieldId };
})();
