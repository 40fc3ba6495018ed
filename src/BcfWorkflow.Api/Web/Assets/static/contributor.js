// Contributor page: the cycle, its due date and state, the pre-filled return, upload with errors by row, versions.
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

  function fail(heading, message) {
    $("loading").hidden = true;
    $("contributor-page").hidden = true;
    const box = $("page-error");
    replace(box, el("h2", {}, heading), el("p", {}, message));
    box.hidden = false;
    box.focus();
  }

  async function start() {
    me = await B.signedIn();
    if (!me) { B.stop("Sign in first", "You need to sign in with your key to see your return."); return; }
    contributorId = B.param("contributor") || me.contributor;
    if (!contributorId) { B.stop("Choose a contributor", "Open a contributor's return from the area return page."); return; }

    const wanted = B.param("cycle");
    if (wanted) {
      const check = await api("/api/cycles/" + enc(wanted));
      if (!check.ok) { fail(check.status === 403 ? "You cannot see this cycle" : "There is a problem", B.problemText(check)); return; }
    }
    // A contributor's key is for its own return only (a lead may open anyone's).
    if (me.role !== "lead" && me.contributor && contributorId.toLowerCase() !== me.contributor.toLowerCase()) {
      fail("You cannot see this return", "Your key is for " + me.contributor + "'s return, not " + contributorId + "'s.");
      return;
    }
    if (wanted) {
      const versions = await api(versionsPath(wanted));
      if (versions.status === 403) { fail("You cannot see this return", B.problemText(versions)); return; }
    }

    const list = await api("/api/cycles");
    if (!list.ok) { fail("There is a problem", B.problemText(list)); return; }
    cycles = list.body.filter((c) => c.contributors.some((p) => p.id.toLowerCase() === contributorId.toLowerCase()));
    if (cycles.length === 0) { fail("No open cycle", "There is no cycle asking " + contributorId + " for a return yet."); return; }
    cycle = cycles.find((c) => c.cycleId === wanted) || cycles.find((c) => c.stage !== "completed") || cycles[0];

    const select = $("cycle-select");
    replace(select, cycles.map((c) => el("option", { value: c.cycleId, selected: c.cycleId === cycle.cycleId },
      c.area + " " + c.year + " " + c.quarter + " (" + B.stageText(c.stage) + ")")));
    $("cycle-choice").hidden = cycles.length < 2;
    select.addEventListener("change", () => { cycle = cycles.find((c) => c.cycleId === select.value); lastState = null; refresh(); });

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
    await renderVersions();
  }

  /** Picks up a send-back or a stage change without a reload. */
  async function poll() {
    const list = await api("/api/cycles");
    if (!list.ok) return;
    const fresh = list.body.find((c) => c.cycleId === cycle.cycleId);
    if (!fresh) return;
    cycle = fresh;
    renderFacts();
  }

  function renderFacts() {
    const mine = own(cycle);
    document.title = "Return for " + mine.name + " – Better Care Fund returns";
    replace($("page-heading"), "Quarterly return for " + mine.name);
    replace($("cycle-facts"),
      el("dt", {}, "Cycle"), el("dd", {}, cycle.area + " " + cycle.year + " " + cycle.quarter),
      el("dt", {}, "Return due"), el("dd", {}, B.when(mine.due || cycle.contributorsDue)),
      el("dt", {}, "Your return"), el("dd", { id: "my-state" }, B.stateTag(mine.state)),
      el("dt", {}, "Versions sent"), el("dd", {}, String(mine.versions) + (mine.beingProcessed ? " (the latest is being processed)" : "")),
      el("dt", {}, "Cycle stage"), el("dd", {}, B.stageText(cycle.stage)));
    if (lastState !== null && lastState !== mine.state) {
      replace($("state-announcer"), "Your return is now: " + B.stateText(mine.state) + ".");
    }
    lastState = mine.state;
  }

  async function renderVersions() {
    const result = await api(versionsPath(cycle.cycleId));
    if (!result.ok) { replace($("versions"), el("p", { class: "error-text" }, B.problemText(result))); return; }
    if (result.body.length === 0) { replace($("versions"), el("p", {}, "You have not sent a version yet.")); return; }
    const rows = result.body.slice().reverse().map((v) => ["Version " + v.version, v.fileName, v.submittedBy, B.when(v.submittedAt)]);
    replace($("versions"), B.table("Versions of your return, newest first",
      [{ title: "Version", rowHeader: true }, { title: "Stored as" }, { title: "Sent by" }, { title: "Sent at" }], rows, { id: "versions-table" }));
  }

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
    $("upload-form").addEventListener("submit", async (e) => { e.preventDefault(); await upload(); });
  }

  function choose(file) {
    chosenFile = file;
    replace($("chosen-file"), file ? "Chosen: " + file.name : "");
  }

  async function upload() {
    const box = $("upload-result");
    if (!chosenFile) {
      replace(box, el("div", { class: "error-summary", role: "alert" }, el("h3", {}, "There is a problem"), el("p", {}, "Choose a file to upload.")));
      $("return-file").focus();
      return;
    }
    const file = chosenFile;
    const bytes = await file.arrayBuffer();
    $("upload-button").disabled = true;
    replace(box, el("p", { role: "status" }, "Checking " + file.name + "…"));
    const type = contentTypeOf(file.name);
    const result = await api(versionsPath(cycle.cycleId), {
      method: "PUT", body: bytes, headers: { "Content-Type": type, "X-File-Name": file.name },
    });
    $("upload-button").disabled = false;
    if (result.ok) {
      replace(box, accepted(file.name, result.body));
      cycle = (await api("/api/cycles")).body?.find((c) => c.cycleId === cycle.cycleId) || cycle;
      await refresh();
    } else if (result.status === 400 && result.body && Array.isArray(result.body.errors)) {
      replace(box, rejected(file.name, result.body, await rowsOf(file)));
    } else {
      replace(box, el("div", { class: "error-summary", role: "alert" }, el("h3", {}, "Your return was not sent"), el("p", {}, B.problemText(result))));
    }
    box.focus();
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
      el("p", {}, name + " was accepted and stored as version " + body.version + "."
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
      return el("div", { class: "error-summary", role: "alert" },
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
    return el("div", { class: "error-summary", role: "alert" },
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
