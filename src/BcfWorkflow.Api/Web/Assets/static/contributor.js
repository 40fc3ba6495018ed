// Contributor page: the cycle, its due date and state, a send-back's reason, the pre-filled return, upload with errors
// by row, versions and the figures read from the latest one; after approval, the final template and no more uploads.
"use strict";
(() => {
  const B = window.Bcf;
  const { el, replace, api, enc } = B;
  const $ = (id) => document.getElementById(id);
  let me = null;
  let contributorId = null;
  let cycles = [];
  let cycle = null;
  let chosenFile = null;
  let lastState = null;
  let lastBannerKey = null;
  let lastFiguresKey = null;

  function fail(heading, message) {
    $("loading").hidden = true;
    $("contributor-page").hidden = true;
    const box = $("page-error");
    replace(box, el("h2", {}, heading), el("p", {}, message));
    box.hidden = false;
    box.focus();
  }

  async function start() {
    me = await B.signedIn("your return");
    if (!me) return;
    contributorId = B.param("contributor") || me.contributor;
    if (!contributorId) { B.stop("Choose a contributor", "Open a contributor's return from the area return page."); return; }

    const wanted = B.param("cycle");
    if (wanted) {
      const check = await api("/api/cycles/" + enc(wanted));
      if (!check.ok) { fail(check.status === 403 ? "You cannot see this cycle" : "There is a problem", B.problemText(check)); return; }
    }
    // A contributor's key is for its own return only (a lead may open anyone's).
    if (me.role !== "lead" && me.contributor && contributorId.toLowerCase() !== me.contributor.toLowerCase()) {
      fail("You cannot see this return", "Your key is for your own council's return only.");
      return;
    }
    if (wanted) {
      const versions = await api(versionsPath(wanted));
      if (versions.status === 403) { fail("You cannot see this return", B.problemText(versions)); return; }
    }

    const list = await api("/api/cycles");
    if (!list.ok) { fail("There is a problem", B.problemText(list)); return; }
    cycles = list.body.filter((c) => c.contributors.some((p) => p.id.toLowerCase() === contributorId.toLowerCase()));
    if (cycles.length === 0) { fail("No open cycle", "No quarterly return has been asked of you yet. Your BCF lead opens each quarter."); return; }
    cycle = cycles.find((c) => c.cycleId === wanted) || cycles.find((c) => !B.isDecided(c.stage)) || cycles[0];

    const select = $("cycle-select");
    replace(select, cycles.map((c) => el("option", { value: c.cycleId, selected: c.cycleId === cycle.cycleId },
      c.area + " " + c.year + " " + c.quarter + " (" + B.stageText(c.stage) + ")")));
    $("cycle-choice").hidden = cycles.length < 2;
    select.addEventListener("change", () => {
      cycle = cycles.find((c) => c.cycleId === select.value);
      lastState = null;
      lastBannerKey = null;
      lastFiguresKey = null;
      B.clearErrors();
      replace($("upload-result"));
      refresh();
    });

    $("loading").hidden = true;
    $("contributor-page").hidden = false;
    wireDownloads();
    wireUpload();
    await refresh();
    setInterval(poll, 5000);
  }

  const versionsPath = (cycleId) => "/api/cycles/" + enc(cycleId) + "/returns/" + enc(contributorId);
  const own = (c) => c.contributors.find((p) => p.id.toLowerCase() === contributorId.toLowerCase());

  async function refresh() {
    renderFacts();
    await Promise.all([renderVersions(), renderFigures()]);
  }

  /** Picks up a send-back, an approval or a stage change without a reload. */
  async function poll() {
    const list = await api("/api/cycles");
    if (!list.ok) return;
    const fresh = list.body.find((c) => c.cycleId === cycle.cycleId);
    if (!fresh) return;
    cycle = fresh;
    renderFacts();
    await renderFigures();
  }

  function renderFacts() {
    const mine = own(cycle);
    B.setTitle("Return for " + mine.name);
    replace($("page-heading"), "Quarterly return for " + mine.name);
    const decided = B.isDecided(cycle.stage);
    replace($("cycle-facts"),
      el("dt", {}, "Cycle"), el("dd", {}, cycle.area + " " + cycle.year + " " + cycle.quarter),
      decided ? null : el("dt", {}, "Return due"), decided ? null : el("dd", { id: "my-due" }, "By " + B.ukTime(mine.due || cycle.contributorsDue)),
      el("dt", {}, "Your return"), el("dd", { id: "my-state" }, B.stateTag(B.shownState(mine, cycle.stage))),
      el("dt", {}, "Versions sent"), el("dd", {}, String(mine.versions) + (mine.beingProcessed ? " (the latest is being processed)" : "")),
      el("dt", {}, "Cycle stage"), el("dd", {}, B.stageText(cycle.stage)));
    if (lastState !== null && lastState !== mine.state) {
      replace($("state-announcer"), "Your return is now: " + B.stateText(mine.state) + ".");
    }
    lastState = mine.state;
    renderBanner(mine);
    renderOpenOrClosed(decided);
  }

  /** A send-back (with the lead's reason and the new due date) or the approval (with the final template). */
  function renderBanner(mine) {
    const decided = B.isDecided(cycle.stage);
    const sentBack = !decided && mine.sentBackReason !== null && mine.sentBackReason !== undefined
      && (mine.state === "sentBack" || mine.state === "late");
    const key = [cycle.cycleId, cycle.stage, cycle.templateVersion, cycle.approvedAt, sentBack, mine.sentBackAt, mine.due].join("|");
    if (key === lastBannerKey) return;
    lastBannerKey = key;
    const box = $("banner");
    if (decided) {
      const heading = "Your area's return was approved" + (cycle.approvedAt ? " on " + B.ukDate(cycle.approvedAt) : "");
      const ready = cycle.templateVersion !== null && cycle.templateVersion !== undefined;
      replace(box, B.banner("approved-banner", "success", heading,
        ready
          ? [el("p", {}, "Download the final template with your rows and the area's totals:"),
            B.downloads("final-template", ["xlsx", "csv", "json"].map((format) => ({
              format, label: "Download final template (" + FORMATS[format] + ")",
              path: "/api/cycles/" + enc(cycle.cycleId) + "/template." + format,
              fileName: cycle.cycleId + "-" + contributorId + "-template." + format,
            })))]
          : el("p", {}, "The final template is being written. Its download will appear here in a moment.")));
      return;
    }
    if (sentBack) {
      replace(box, B.banner("sent-back-banner", "important", "Your BCF lead sent your return back",
        el("p", {}, "Their reason:"),
        el("blockquote", { class: "reason", id: "sent-back-reason" }, mine.sentBackReason),
        el("p", { id: "sent-back-due" }, "Send a corrected version by " + B.ukTime(mine.due) + ".")));
      return;
    }
    replace(box);
  }

  const FORMATS = { xlsx: "Excel", csv: "CSV", json: "JSON" };

  /** After approval no version can be taken: the download and upload steps give way to a note. */
  function renderOpenOrClosed(decided) {
    $("open-steps").hidden = decided;
    $("closed-note").hidden = !decided;
    replace($("versions-heading"), decided ? "Versions you sent" : "3. Versions you have sent");
    if (decided) {
      replace($("closed-note-text"), "No more versions can be taken: your area's return for " + cycle.quarter + " " + cycle.year
        + " has been approved, so this return is closed. If a figure must change, tell your BCF lead.");
    }
  }

  async function renderVersions() {
    const result = await api(versionsPath(cycle.cycleId));
    if (!result.ok) { replace($("versions"), el("p", { class: "error-text" }, B.problemText(result))); return; }
    if (result.body.length === 0) { replace($("versions"), el("p", {}, "You have not sent a version yet.")); return; }
    const rows = result.body.slice().reverse().map((v) => ["Version " + v.version, v.uploadedAs || "", v.submittedBy, B.ukTime(v.submittedAt)]);
    replace($("versions"), B.table("Versions of your return, newest first",
      [{ title: "Version", rowHeader: true }, { title: "File" }, { title: "Sent by" }, { title: "Sent at" }], rows, { id: "versions-table" }));
  }

  /** The figures read from the latest version, scheme by scheme, as the lead sees them. */
  async function renderFigures() {
    const mine = own(cycle);
    const key = cycle.cycleId + "|" + mine.versions;
    if (key === lastFiguresKey) return;
    lastFiguresKey = key;
    if (!mine.versions) { $("figures-section").hidden = true; return; }
    const result = await api(versionsPath(cycle.cycleId) + "/figures");
    if (!result.ok || !result.body.latest) { $("figures-section").hidden = true; lastFiguresKey = null; return; }
    const f = result.body;
    replace($("figures-heading"), "Your figures in version " + f.latest.version);
    const rows = f.schemes.map((s) => [s.id + " " + s.name, B.money(s.expenditureToDate), B.money(s.plannedExpenditure),
      outputs(s.outputsDeliveredToDate), outputs(s.plannedOutputs), s.comments || "None"]);
    replace($("figures"),
      B.table("Your figures, scheme by scheme", [{ title: "Scheme", rowHeader: true }, { title: "Spent to date", number: true },
        { title: "Planned for the year", number: true }, { title: "Outputs to date", number: true }, { title: "Planned outputs", number: true },
        { title: "Comments" }], rows, { id: "my-figures-table" }),
      f.warnings.length === 0 ? el("p", {}, "No figure needs a comment.")
        : [el("p", {}, "These figures need a comment. Add it in the Comments column and send a new version:"),
          el("ul", { id: "my-warnings" }, f.warnings.map((w) => el("li", {}, w.message)))]);
    $("figures-section").hidden = false;
  }

  const outputs = (n) => (n === null || n === undefined ? "NA" : new Intl.NumberFormat("en-GB").format(n));

  function wireDownloads() {
    for (const kind of ["csv", "xlsx"]) {
      $("download-" + kind).addEventListener("click", async () => {
        const problem = await B.download(versionsPath(cycle.cycleId) + "/prefilled." + kind,
          cycle.cycleId + "-" + contributorId + "-return." + kind);
        replace($("download-error"), problem || "");
      });
    }
  }

  function wireUpload() {
    const input = $("return-file");
    const zone = $("drop-zone");
    input.addEventListener("change", () => choose(input.files[0] || null));
    zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("dragging"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      zone.classList.remove("dragging");
      if (e.dataTransfer.files.length > 0) choose(e.dataTransfer.files[0]);
    });
    $("upload-form").addEventListener("submit", async (e) => { e.preventDefault(); await B.busy($("upload-button"), upload); });
  }

  function choose(file) {
    chosenFile = file;
    replace($("chosen-file"), file ? "Chosen: " + file.name : "");
  }

  /** Step 2: the file is read by the server exactly as an upload would be, and its figures shown; nothing is stored. */
  async function upload() {
    const box = $("upload-result");
    if (!chosenFile) {
      replace(box);
      B.showErrors([{ field: "return-file", text: "Choose the file of your completed return" }]);
      return;
    }
    const file = chosenFile;
    const bytes = await file.arrayBuffer();
    B.clearErrors();
    replace(box, el("p", { role: "status" }, "Reading " + file.name + "…"));
    const headers = B.fileHeaders(file.name, contentTypeOf(file.name));
    const result = await api(versionsPath(cycle.cycleId) + "/check", { method: "POST", body: bytes, headers });
    if (result.ok) {
      replace(box, checked(file.name, result.body, () => send(file, bytes, headers)));
      box.focus();
    } else {
      showRefused(file, result);
    }
  }

  /** Step 3: the checked file sent; from the 202 it counts. */
  async function send(file, bytes, headers) {
    const box = $("upload-result");
    const result = await api(versionsPath(cycle.cycleId), { method: "PUT", body: bytes, headers });
    if (result.ok) {
      replace(box, accepted(file.name, result.body));
      box.focus();
      chosenFile = null;
      $("return-file").value = "";
      replace($("chosen-file"), "");
      cycle = (await api("/api/cycles")).body?.find((c) => c.cycleId === cycle.cycleId) || cycle;
      await refresh();
    } else {
      showRefused(file, result);
    }
  }

  async function showRefused(file, result) {
    const box = $("upload-result");
    if (result.status === 400 && result.body && Array.isArray(result.body.errors)) {
      const count = result.body.errors.length;
      replace(box, rejected(file.name, result.body, await rowsOf(file)));
      B.showErrors([{ field: "return-file", text: file.name + " was not accepted: " + (count === 1 ? "there is 1 problem" : "there are " + count + " problems")
        + " (listed below). Nothing was stored." }]);
    } else {
      replace(box);
      B.showErrors([{ field: "return-file", text: "Your return was not sent: " + B.problemText(result) }]);
    }
  }

  /** The figures as read from the file, scheme by scheme, beside the version sent last; and the way to send it. */
  function checked(name, body, onSend) {
    const latest = body.latest;
    const columns = [{ title: "Scheme", rowHeader: true }, { title: "Spent to date", number: true }];
    if (latest) columns.push({ title: "Change since version " + latest.version, number: true });
    if (body.hasLastQuarter) columns.push({ title: "Change since last quarter", number: true });
    columns.push({ title: "Planned for the year", number: true }, { title: "Outputs to date", number: true }, { title: "Comments" });
    const rows = body.schemes.map((s) => {
      const cells = [s.id + " " + s.name, B.money(s.expenditureToDate)];
      if (latest) cells.push(B.moneyChange(s.expenditureToDate, s.previousExpenditureToDate));
      if (body.hasLastQuarter) cells.push(B.moneyChange(s.expenditureToDate, s.lastQuarterExpenditureToDate));
      cells.push(B.money(s.plannedExpenditure), outputs(s.outputsDeliveredToDate), s.comments || "None");
      return cells;
    });
    const sendButton = el("button", { type: "button", id: "send-button" }, "Send this return");
    sendButton.addEventListener("click", () => B.busy(sendButton, onSend));
    const cancel = el("button", { type: "button", class: "secondary", id: "check-cancel" }, "Choose a different file");
    cancel.addEventListener("click", () => { replace($("upload-result")); $("return-file").focus(); });
    return el("div", { class: "panel", id: "check-panel", "aria-labelledby": "check-heading" },
      el("h3", { id: "check-heading" }, "Check your figures before you send them"),
      el("p", {}, "These are the figures we read from " + name + (body.sheet ? " (sheet '" + body.sheet + "')" : "")
        + ". Nothing has been sent yet."),
      B.table("Figures in " + name + ", scheme by scheme", columns, rows, { id: "check-table" }),
      body.warnings.length === 0 ? el("p", {}, "No figure needs a comment.")
        : [el("p", {}, "These figures will need a comment for your BCF lead. You can still send the return, or add the comment in the Comments column and choose the file again:"),
          el("ul", { id: "check-warnings" }, body.warnings.map((w) => el("li", {}, w.message)))],
      el("p", {}, "If the figures are right, send the return. It counts from the moment it is received."),
      el("div", { class: "button-group" }, sendButton, cancel));
  }

  // The server reads a file by its content; the type only names it.
  function contentTypeOf(name) {
    const lower = name.toLowerCase();
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (lower.endsWith(".xls")) return "application/vnd.ms-excel";
    if (lower.endsWith(".ods")) return "application/vnd.oasis.opendocument.spreadsheet";
    return "text/csv";
  }

  function accepted(name, body) {
    const parts = [el("h3", {}, "Version " + body.version + " received"),
      el("p", {}, name + " was received and saved as version " + body.version + ". It is the version that counts now."
        + (body.sheet ? " The figures were read from the sheet '" + body.sheet + "'." : ""))];
    if (body.warnings && body.warnings.length > 0) {
      parts.push(el("p", {}, "Please check these figures. They do not stop your return, but the lead will need a comment:"));
      parts.push(B.table("Warnings", [{ title: "Row", number: true }, { title: "Column" }, { title: "Warning" }],
        body.warnings.map((w) => [w.row ?? "", w.column ?? "", w.message]), { id: "warnings-table" }));
    }
    return el("div", { class: "panel", role: "status" }, parts);
  }

  function rejected(name, problem, rows) {
    const errors = problem.errors.slice().sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (errors.every((e) => e.row == null && e.column == null)) {
      // A problem with the whole file (a PDF, a workbook with two candidate sheets): its message says what to do.
      return el("div", { class: "error-box" },
        el("h3", {}, name + " was not accepted"),
        el("p", {}, "Nothing was stored."),
        ...errors.map((e) => el("p", {}, e.message)));
    }
    const schemeColumn = rows ? rows.header.findIndex((h) => h.trim().toLowerCase() === "scheme id") : -1;
    const columns = [{ title: "Row", number: true }];
    if (schemeColumn >= 0) columns.push({ title: "Scheme ID in your file" });
    columns.push({ title: "Column" }, { title: "Problem" });
    const tableRows = errors.map((e) => {
      const cells = [e.row ?? "Whole file"];
      if (schemeColumn >= 0) cells.push(e.row && rows.lines[e.row - 1] ? (rows.lines[e.row - 1][schemeColumn] || "") : "");
      cells.push(e.column ?? "", e.message);
      return cells;
    });
    return el("div", { class: "error-box" },
      el("h3", {}, "There " + (errors.length === 1 ? "is 1 problem" : "are " + errors.length + " problems") + " with " + name),
      el("p", {}, "Nothing was stored. Correct the rows below and upload the file again."),
      B.table("Problems by row", columns, tableRows, { id: "errors-table" }));
  }

  /** The uploaded CSV's rows (to show the scheme each problem is on); null for an xlsx or a file that is not text. */
  async function rowsOf(file) {
    if (!file.name.toLowerCase().endsWith(".csv")) return null;
    const text = (await file.text()).replace(/^\uFEFF/, "");
    const lines = parseCsv(text);
    return lines.length > 0 ? { header: lines[0], lines } : null;
  }

  function parseCsv(text) {
    const rows = [];
    let row = [], field = "", quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") { row.push(field); field = ""; }
      else if (c === "\n" || c === "\r") {
        if (c === "\r" && text[i + 1] === "\n") i++;
        row.push(field); rows.push(row); row = []; field = "";
      } else field += c;
    }
    if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
    return rows;
  }

  start();
})();
