// Lead page: choose or open a cycle, the live status board, sign-off, area figures with a chart, template, audit.
"use strict";
(() => {
  const B = window.Bcf;
  const { el, replace, api, enc } = B;
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 3000;
  const AFTER_ACTION_POLL_MS = 500;  // the lead's own decision shows within a moment, not at the next regular check
  const AFTER_ACTION_WINDOW_MS = 10000;
  let quickUntil = 0;
  let cycles = [];
  let cycleId = null;
  let names = {};
  let last = null;         // the last status seen, to announce what changed
  let lastSummaryKey = null;
  let lastBoardKey = null;
  let timer = null;

  async function start() {
    const me = await B.signedIn();
    if (!me) { B.stop("Sign in first", "You need to sign in with your key to see the area return."); return; }
    if (me.role !== "lead") {
      B.stop("This page is for the BCF lead", "You are signed in as " + me.name + ", a contributor. Go to your own return instead.");
      return;
    }
    wireSetup();
    wireActions();
    await loadCycles(B.param("cycle"));
    $("loading").hidden = true;
    $("lead-page").hidden = false;
  }

  async function loadCycles(wanted) {
    const list = await api("/api/cycles");
    if (!list.ok) { showPageError(B.problemText(list)); return; }
    cycles = list.body;
    const select = $("cycle-select");
    $("no-cycles").hidden = cycles.length > 0;
    $("cycle-choice").hidden = cycles.length === 0;
    $("setup").open = cycles.length === 0;
    if (cycles.length === 0) { $("cycle-sections").hidden = true; return; }
    const chosen = cycles.find((c) => c.cycleId === wanted) || cycles.find((c) => c.stage !== "completed") || cycles[0];
    replace(select, cycles.map((c) => el("option", { value: c.cycleId, selected: c.cycleId === chosen.cycleId }, optionText(c))));
    select.onchange = () => choose(select.value);
    await choose(chosen.cycleId);
  }

  const optionText = (c) => c.area + " " + c.year + " " + c.quarter + " (" + B.stageText(c.stage) + ")";

  function showPageError(message) {
    const box = $("page-error");
    replace(box, el("h2", {}, "There is a problem"), el("p", {}, message));
    box.hidden = false;
  }

  async function choose(id) {
    cycleId = id;
    const item = cycles.find((c) => c.cycleId === id);
    names = Object.fromEntries(item.contributors.map((c) => [c.id, c.name]));
    last = null;
    lastSummaryKey = null;
    lastBoardKey = null;
    history.replaceState(null, "", "/lead?cycle=" + enc(id));
    $("cycle-sections").hidden = false;
    replace($("cycle-facts"),
      el("dt", {}, "Cycle"), el("dd", {}, item.area + " " + item.year + " " + item.quarter),
      el("dt", {}, "Returns due"), el("dd", {}, B.when(item.contributorsDue)),
      el("dt", {}, "Submission due"), el("dd", {}, B.when(item.submissionDue)),
      el("dt", {}, "Stage"), el("dd", { id: "stage" }, B.stageText(item.stage)));
    replace($("send-back-choices"), item.contributors.map((c) => el("div", { class: "choice" },
      el("input", { type: "checkbox", id: "send-back-" + c.id, name: "send-back", value: c.id }),
      el("label", { for: "send-back-" + c.id }, c.name))));
    replace($("action-result"));
    clearTimeout(timer);
    await poll();
  }

  /** Polls the cycle's status; re-renders and announces what changed. */
  async function poll() {
    const id = cycleId;
    const result = await api("/api/cycles/" + enc(id));
    if (id !== cycleId) return;
    if (result.ok) await render(result.body);
    else replace($("board"), el("p", { class: "error-text" }, B.problemText(result)));
    timer = setTimeout(poll, Date.now() < quickUntil ? AFTER_ACTION_POLL_MS : POLL_MS);
  }

  async function render(status) {
    replace($("stage"), B.stageText(status.stage));
    const item = cycles.find((c) => c.cycleId === cycleId);
    if (item && item.stage !== status.stage) {
      item.stage = status.stage;
      const option = [...$("cycle-select").options].find((o) => o.value === cycleId);
      if (option) option.textContent = optionText(item);
    }
    const boardKey = JSON.stringify(status.contributors);
    if (boardKey !== lastBoardKey) {
      lastBoardKey = boardKey;
      renderBoard(status);
    }
    replace($("board-updated"), "Updated automatically. Last checked " + new Date().toLocaleTimeString("en-GB") + ".");
    announce(status);
    $("close-section").hidden = status.stage !== "collecting";

    const key = status.stage + "|" + status.signOffRound + "|" + status.contributors.map((c) => c.id + ":" + c.versions + ":" + c.state).join(",");
    if (key !== lastSummaryKey) {
      lastSummaryKey = key;
      await Promise.all([renderSummary(status), renderAudit()]);
      renderTemplate(status);
    }
    last = status;
  }

  function renderBoard(status) {
    const rows = status.contributors.map((c) => [names[c.id] || c.id, B.stateTag(c.state), B.when(c.due),
      String(c.versions) + (c.beingProcessed ? " (latest being processed)" : ""),
      String(c.remindersSent), c.lastReminderAt ? B.when(c.lastReminderAt) : "None"]);
    replace($("board"), B.table("Returns by contributor",
      [{ title: "Contributor", rowHeader: true }, { title: "State" }, { title: "Due" }, { title: "Versions", number: true },
        { title: "Reminders", number: true }, { title: "Last reminder" }], rows, { id: "board-table" }));
  }

  function announce(status) {
    if (!last) return;
    const changes = [];
    if (last.stage !== status.stage) changes.push("The cycle is now: " + B.stageText(status.stage) + ".");
    for (const c of status.contributors) {
      const before = last.contributors.find((p) => p.id === c.id);
      if (!before || before.state !== c.state || before.versions !== c.versions) {
        changes.push((names[c.id] || c.id) + ": " + B.stateText(c.state) + ", " + c.versions + (c.versions === 1 ? " version." : " versions."));
      }
    }
    if (changes.length > 0) replace($("board-announcer"), changes.join(" "));
  }

  async function renderSummary(status) {
    const result = await api("/api/cycles/" + enc(cycleId) + "/summary");
    if (!result.ok) { replace($("summary"), el("p", { class: "error-text" }, B.problemText(result))); return; }
    const s = result.body;
    const sources = s.runningBalances.filter((b) => b.source !== "Total");
    const parts = [
      el("h3", {}, "Spend to date against income, by source of funding"),
      chart(sources),
      B.table("Running balances", [{ title: "Source of funding", rowHeader: true }, { title: "Income", number: true },
        { title: "Spent to date", number: true }, { title: "Spent", number: true }, { title: "Balance", number: true }],
        s.runningBalances.map((b) => [b.source, B.money(b.income), B.money(b.expenditureToDate), B.percent(b.percentageSpent), B.money(b.balance)]),
        { id: "balances-table" }),
      B.table("Required spend", [{ title: "Condition", rowHeader: true }, { title: "Minimum required", number: true },
        { title: "Spent to date", number: true }, { title: "Balance", number: true }],
        s.requiredSpend.map((r) => [r.name, B.money(r.minimumRequired), B.money(r.expenditureToDate), B.money(r.balance)])),
      el("h3", {}, "Warnings that need comments"),
    ];
    const warnings = s.warnings || [];
    parts.push(warnings.length === 0 ? el("p", {}, "No warnings.")
      : el("ul", { id: "summary-warnings" }, warnings.map((w) => el("li", {}, w.message))));
    if (status.warnings && status.warnings.length > 0 && status.stage === "awaitingSignOff") {
      const count = Math.max(status.warningCount || 0, status.warnings.length);
      parts.push(el("p", {}, "The sign-off request listed " + count + " warning" + (count === 1 ? "." : "s.")));
    }
    replace($("summary"), parts);
  }

  /** Horizontal bars: an outlined bar for income and a solid bar for spend, each labelled with its amount. */
  function chart(sources) {
    const NS = "http://www.w3.org/2000/svg";
    const svg = (tag, attrs, text) => {
      const node = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const labelWidth = 260, barWidth = 420, valueWidth = 130, rowHeight = 52;
    const width = labelWidth + barWidth + valueWidth;
    const height = sources.length * rowHeight + 10;
    const max = Math.max(1, ...sources.map((s) => Math.max(s.income, s.expenditureToDate)));
    const root = svg("svg", { class: "chart", viewBox: "0 0 " + width + " " + height, width, height, role: "img",
      "aria-labelledby": "chart-title chart-desc", id: "spend-chart" });
    root.append(svg("title", { id: "chart-title" }, "Spend to date against income, by source of funding"));
    root.append(svg("desc", { id: "chart-desc" }, "The same figures are in the running balances table below."));
    sources.forEach((s, i) => {
      const y = i * rowHeight + 6;
      root.append(svg("text", { x: 0, y: y + 26 }, s.source));
      const incomeWidth = Math.max(1, (s.income / max) * barWidth);
      const spendWidth = Math.max(s.expenditureToDate > 0 ? 2 : 0, (s.expenditureToDate / max) * barWidth);
      root.append(svg("rect", { class: "bar-income", x: labelWidth, y, width: incomeWidth, height: 18 }));
      root.append(svg("text", { x: labelWidth + barWidth + 8, y: y + 14 }, "Income " + B.money(s.income)));
      root.append(svg("rect", { class: "bar-spend", x: labelWidth, y: y + 22, width: spendWidth, height: 18 }));
      root.append(svg("text", { x: labelWidth + barWidth + 8, y: y + 36 }, "Spent " + B.money(s.expenditureToDate)));
    });
    const legend = el("ul", { class: "legend", "aria-hidden": "true" },
      el("li", {}, el("span", { class: "swatch swatch-income" }), "Income (outlined bar)"),
      el("li", {}, el("span", { class: "swatch swatch-spend" }), "Spent to date (solid bar)"));
    return el("figure", { class: "chart-figure" }, root, legend);
  }

  function renderTemplate(status) {
    const box = $("template");
    if (status.templateVersion === null || status.templateVersion === undefined) {
      replace(box, el("p", {}, "The final template is written when you approve the area return."));
      return;
    }
    const error = el("p", { class: "error-text", role: "alert" });
    const button = (format, label) => el("button", { type: "button", class: "secondary", id: "template-" + format,
      onclick: async () => replace(error, (await B.download("/api/cycles/" + enc(cycleId) + "/template." + format, cycleId + "-template." + format)) || "") }, label);
    replace(box, el("p", {}, "Template version " + status.templateVersion + " was written on approval and cannot change."),
      el("p", {}, button("xlsx", "Download template (Excel)"), button("csv", "Download template (CSV)"), button("json", "Download template (JSON)")), error);
  }

  async function renderAudit() {
    const result = await api("/api/cycles/" + enc(cycleId) + "/audit");
    if (!result.ok) { replace($("audit"), el("p", { class: "error-text" }, B.problemText(result))); return; }
    const rows = result.body.slice().reverse().map((a) => [B.when(a.at), a.actor, a.action, a.detail]);
    replace($("audit"), rows.length === 0 ? el("p", {}, "Nothing recorded yet.")
      : B.table("What happened, newest first", [{ title: "When" }, { title: "Who" }, { title: "What" }, { title: "Details" }], rows, { id: "audit-table" }));
  }

  function wireActions() {
    $("close-button").addEventListener("click", async () => {
      const result = await api("/api/cycles/" + enc(cycleId) + "/close", { method: "POST" });
      outcome(result, "Collection closed. The returns received are being added up for your sign-off.");
    });
    $("decision-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const decision = document.querySelector("input[name=decision]:checked")?.value;
      const contributors = [...document.querySelectorAll("input[name=send-back]:checked")].map((i) => i.value);
      const reason = $("decision-reason").value.trim();
      const problems = [];
      if (!decision) problems.push("Choose whether to approve or send back.");
      if (decision === "sendBack" && contributors.length === 0) problems.push("Choose at least one contributor to send back.");
      if (decision === "sendBack" && !reason) problems.push("Give a reason for sending back.");
      if (problems.length > 0) { showProblems(problems); return; }
      const body = JSON.stringify({ decision, contributors: decision === "sendBack" ? contributors : [], reason });
      const result = await api("/api/cycles/" + enc(cycleId) + "/decision", { method: "POST", body, headers: { "Content-Type": "application/json" } });
      outcome(result, decision === "approve" ? "Approved. The final template is being written."
        : "Sent back to " + contributors.map((c) => names[c] || c).join(", ") + ". They have been emailed your reason.");
      if (result.ok) { $("decision-form").reset(); }
    });
  }

  function showProblems(problems) {
    const box = $("action-result");
    replace(box, el("div", { class: "error-summary", role: "alert" }, el("h3", {}, "There is a problem"), el("ul", {}, problems.map((p) => el("li", {}, p)))));
    box.focus();
  }

  function outcome(result, success) {
    const box = $("action-result");
    if (result.ok) replace(box, el("div", { class: "panel", role: "status" }, el("p", {}, success)));
    else replace(box, el("div", { class: "error-summary", role: "alert" },
      el("h3", {}, result.status === 409 ? "Not possible at this stage" : "There is a problem"), el("p", {}, B.problemText(result))));
    box.focus();
    if (result.ok) quickUntil = Date.now() + AFTER_ACTION_WINDOW_MS;
    clearTimeout(timer);
    poll();
  }

  // The server reads the content, not this header; it is set so the request says what it carries.
  function planContentType(file) {
    const types = { json: "application/json", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      xls: "application/vnd.ms-excel", ods: "application/vnd.oasis.opendocument.spreadsheet" };
    const extension = file.name.split(".").pop().toLowerCase();
    return types[extension] || file.type || "application/octet-stream";
  }

  // Where a plan's problem is: "Row 12, Source of Funding: " in a workbook, "schemes[3].sourceOfFunding: " in
  // plan.json, "" when it is about the whole file.
  function where(problem) {
    const parts = [];
    if (problem.row) parts.push("Row " + problem.row);
    if (problem.column) parts.push(problem.column);
    return parts.length ? parts.join(", ") + ": " : "";
  }

  function wireSetup() {
    $("plan-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const file = $("plan-file").files[0];
      if (!file) { replace($("plan-result"), "Choose a plan file first."); return; }
      const result = await api("/api/plans", { method: "POST", body: await file.arrayBuffer(), headers: { "Content-Type": planContentType(file), "X-File-Name": file.name } });
      if (result.ok) {
        replace($("plan-result"), "Plan stored for " + result.body.area + " " + result.body.year + ": " + result.body.contributors + " contributors, " + result.body.schemes + " schemes.");
        $("open-area").value = result.body.area;
        $("open-year").value = result.body.year;
      } else {
        const errors = (result.body && result.body.errors) || [];
        replace($("plan-result"), B.problemText(result), errors.length ? el("ul", {}, errors.map((x) => el("li", {}, where(x) + x.message))) : null);
      }
    });
    $("open-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const due = (id) => ($(id).value ? new Date($(id).value).toISOString() : null);
      const body = JSON.stringify({ area: $("open-area").value.trim(), year: $("open-year").value.trim(), quarter: $("open-quarter").value,
        contributorsDue: due("open-contributors-due"), submissionDue: due("open-submission-due") });
      const result = await api("/api/cycles", { method: "POST", body, headers: { "Content-Type": "application/json" } });
      if (result.ok) {
        replace($("open-result"), "Cycle " + result.body.cycleId + " opened. Contributors are being asked for their returns.");
        await loadCycles(result.body.cycleId);
      } else {
        replace($("open-result"), B.problemText(result));
      }
    });
  }

  start();
})();
