// Lead page: choose or open a cycle, counts and the live status board (late first, each contributor linking to its
// figures), sign-off with a confirmation step for the irreversible actions, area figures with a chart, the final
// template at the top once approved, and the audit trail in plain words.
"use strict";
(() => {
  const B = window.Bcf;
  const Answers = window.BcfLeadAnswers;
  const { el, replace, api, enc } = B;
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 3000;
  const AFTER_ACTION_POLL_MS = 500;  // the lead's own decision shows within a moment, not at the next regular check
  const AFTER_ACTION_WINDOW_MS = 10000;
  const MAIN_HEADING = "Area return: status and sign-off";
  const FORMATS = { xlsx: "Excel", csv: "CSV", json: "JSON" };
  let quickUntil = 0;
  let cycles = [];
  let cycleId = null;
  let names = {};
  let emails = {};
  let last = null;         // the last status seen, to announce what changed
  let lastSummaryKey = null;
  let lastBoardKey = null;
  let lastDecidedKey = null;
  let timer = null;
  let confirming = null;   // "approve" or "close" while the confirmation step shows
  let justApproved = false; // the approval shows with focus on it (the sign-off section, which had it, goes)

  async function start() {
    const me = await B.signedIn("the area return");
    if (!me) return;
    if (me.role !== "lead") {
      B.stop("This page is for the BCF lead", "You are signed in as " + me.name + ", a contributor. Go to your own return instead.");
      return;
    }
    const contributor = B.param("contributor");
    const wanted = B.param("cycle");
    if (contributor && wanted) {
      $("loading").hidden = true;
      $("lead-page").hidden = false;
      await showContributor(wanted, contributor);
      return;
    }
    wireSetup();
    wireActions();
    await loadCycles(wanted);
    $("loading").hidden = true;
    $("lead-page").hidden = false;
  }

  // ---- Cycles and the status board -------------------------------------------------------------------------------

  async function loadCycles(wanted) {
    const list = await api("/api/cycles");
    if (!list.ok) { showPageError(B.problemText(list)); return; }
    cycles = list.body;
    const select = $("cycle-select");
    $("no-cycles").hidden = cycles.length > 0;
    $("cycle-choice").hidden = cycles.length === 0;
    if (cycles.length === 0) $("setup").open = true;
    defaultOpenForm();
    if (cycles.length === 0) { $("cycle-sections").hidden = true; return; }
    const chosen = cycles.find((c) => c.cycleId === wanted) || cycles.find((c) => !B.isDecided(c.stage)) || cycles[0];
    replace(select, cycles.map((c) => el("option", { value: c.cycleId, selected: c.cycleId === chosen.cycleId }, optionText(c))));
    select.onchange = () => choose(select.value);
    await choose(chosen.cycleId);
  }

  const optionText = (c) => c.area + " " + c.year + " " + c.quarter + " (" + B.stageText(c.stage) + ")";
  const cycleName = (item) => item.area + " " + item.year + " " + item.quarter;

  function showPageError(message) {
    const box = $("page-error");
    replace(box, el("h2", {}, "There is a problem"), el("p", {}, message));
    box.hidden = false;
  }

  async function choose(id) {
    cycleId = id;
    const item = cycles.find((c) => c.cycleId === id);
    names = Object.fromEntries(item.contributors.map((c) => [c.id, c.name]));
    emails = Object.fromEntries(item.contributors.map((c) => [c.id, c.email]));
    last = null;
    lastSummaryKey = null;
    lastBoardKey = null;
    lastDecidedKey = null;
    history.replaceState(null, "", "/lead?cycle=" + enc(id));
    $("cycle-sections").hidden = false;
    replace($("cycle-facts"),
      el("dt", {}, "Cycle"), el("dd", {}, cycleName(item)),
      el("dt", {}, "Returns due"), el("dd", {}, "By " + B.ukTime(item.contributorsDue)),
      el("dt", {}, "Submission due"), el("dd", {}, "By " + B.ukTime(item.submissionDue)),
      el("dt", {}, "Stage"), el("dd", { id: "stage" }, B.stageText(item.stage)));
    replace($("send-back-choices"), item.contributors.map((c) => el("div", { class: "choice" },
      el("input", { type: "checkbox", id: "send-back-" + c.id, name: "send-back", value: c.id }),
      el("label", { for: "send-back-" + c.id }, c.name))));
    replace($("action-result"));
    replace($("board-result"));
    Answers.reset();
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
    const boardKey = B.isDecided(status.stage) + JSON.stringify(status.contributors);
    if (boardKey !== lastBoardKey) {
      lastBoardKey = boardKey;
      renderCounts(status);
      renderBoard(status);
    }
    replace($("board-updated"), "Updated automatically. Last checked at " + B.ukTime(new Date().toISOString()) + ".");
    announce(status);
    renderSignOff(status);
    await Answers.sync(cycleId, status.stage);
    renderDecided(status);

    const key = status.stage + "|" + status.signOffRound + "|" + status.contributors.map((c) => c.id + ":" + c.versions + ":" + c.state + ":" + c.remindersSent).join(",");
    if (key !== lastSummaryKey) {
      lastSummaryKey = key;
      await Promise.all([renderSummary(status), renderAudit()]);
    }
    last = status;
  }

  /** "6 of 9 received · 2 late · 1 sent back"; once approved, "6 of 9 received · 3 not received". */
  function countsText(contributors, stage) {
    const count = (state) => contributors.filter((c) => B.shownState(c, stage) === state).length;
    const parts = [count("submitted") + " of " + contributors.length + " received"];
    if (count("late") > 0) parts.push(count("late") + " late");
    if (count("sentBack") > 0) parts.push(count("sentBack") + " sent back");
    if (count("notReceived") > 0) parts.push(count("notReceived") + " not received");
    return parts.join(" · ");
  }

  function renderCounts(status) {
    replace($("counts"), status.contributors.length === 0 ? "" : countsText(status.contributors, status.stage));
  }

  // Late first, then sent back, then awaiting, then received; the plan's order within each.
  const RANK = { late: 0, sentBack: 1, awaiting: 2, notReceived: 2, submitted: 3 };

  const contributorHref = (id) => "/lead?cycle=" + enc(cycleId) + "&contributor=" + enc(id);

  function renderBoard(status) {
    const ordered = status.contributors.map((c, i) => ({ c, i }))
      .sort((a, b) => ((RANK[B.shownState(a.c, status.stage)] ?? 9) - (RANK[B.shownState(b.c, status.stage)] ?? 9)) || a.i - b.i).map((x) => x.c);
    const open = !B.isDecided(status.stage) && status.stage !== "ended";
    const remindable = (c) => open && c.state !== "submitted";
    const actions = ordered.some(remindable); // the column only while a reminder can be asked for
    const rows = ordered.map((c) => [el("a", { href: contributorHref(c.id) }, names[c.id] || c.id), B.stateTag(B.shownState(c, status.stage)), B.ukTime(c.due),
      String(c.versions) + (c.beingProcessed ? " (latest being processed)" : ""),
      String(c.remindersSent), c.lastReminderAt ? B.ukTime(c.lastReminderAt) : "None",
      ...(actions ? [remindable(c) ? remindButton(c.id) : ""] : [])]);
    replace($("board"), B.table("Returns by contributor, late first",
      [{ title: "Contributor", rowHeader: true }, { title: "State" }, { title: "Due" }, { title: "Versions", number: true },
        { title: "Reminders", number: true }, { title: "Last reminder" }, ...(actions ? [{ title: "Action" }] : [])], rows, { id: "board-table" }));
  }

  /** "Remind now": a reminder email to that contributor at once (its own workflow sends and counts it). */
  function remindButton(id) {
    const name = names[id] || id;
    // GOV.UK's pattern for an action in a row: the visible words, then the row's name for screen readers.
    const button = el("button", { type: "button", class: "secondary small" }, "Remind now", el("span", { class: "visually-hidden" }, " " + name));
    button.addEventListener("click", () => B.busy(button, async () => {
      const result = await api(cyclePath("/returns/" + enc(id) + "/remind"), { method: "POST" });
      outcome(result, "A reminder is on its way to " + name + (emails[id] ? " (" + emails[id] + ")" : "") + ". The board shows it once it has gone.", $("board-result"));
    }));
    return button;
  }

  function announce(status) {
    if (!last) return;
    const changes = [];
    if (last.stage !== status.stage) changes.push("The cycle is now: " + B.stageText(status.stage) + ".");
    for (const c of status.contributors) {
      const before = last.contributors.find((p) => p.id === c.id);
      if (!before || before.state !== c.state || before.versions !== c.versions) {
        changes.push((names[c.id] || c.id) + ": " + B.stateText(c.state) + ", " + B.plural(c.versions, "version", "versions") + ".");
      }
    }
    if (changes.length > 0) replace($("board-announcer"), changes.join(" "));
  }

  /** Sign-off shows only while something can be decided: closing while collecting, the decision while awaiting it. */
  function renderSignOff(status) {
    const decided = B.isDecided(status.stage) || status.stage === "ended";
    $("sign-off-section").hidden = decided;
    $("close-section").hidden = status.stage !== "collecting";
    const deciding = status.stage === "awaitingSignOff";
    $("decision-form").hidden = !deciding;
    let waiting = $("decision-waiting");
    if (!waiting) {
      waiting = el("p", { id: "decision-waiting", class: "hint" });
      $("decision-form").before(waiting);
    }
    waiting.hidden = deciding || decided;
    const sentBack = status.contributors.filter((c) => c.state === "sentBack");
    replace(waiting, status.stage === "aggregating" ? "The returns are being added up. You can decide in a moment."
      : sentBack.length > 0
        ? "Waiting for " + B.list(sentBack.map((c) => names[c.id] || c.id)) + " to send "
          + (sentBack.length === 1 ? "a corrected return" : "corrected returns") + ". The area return comes back to you for sign-off when "
          + (sentBack.length === 1 ? "it arrives" : "they arrive") + ", or when you close collection."
        : "You can approve or send back once the returns are added up: when every contributor has sent one, or when you close collection.");
  }

  /** Once approved: the approval and the final template's downloads at the top; the decision form is gone. */
  function renderDecided(status) {
    const box = $("decided");
    const decided = B.isDecided(status.stage);
    const workbook = !!(Answers.current() && Answers.current().workbook);
    const key = decided + "|" + status.templateVersion + "|" + status.approvedAt + "|" + workbook;
    if (key === lastDecidedKey) return;
    lastDecidedKey = key;
    if (!decided) { replace(box); return; }
    const ready = status.templateVersion !== null && status.templateVersion !== undefined;
    const item = cycles.find((c) => c.cycleId === cycleId);
    replace(box, B.banner("decided-banner", "done",
      cycleName(item) + " was approved" + (status.approvedAt ? " at " + B.ukTime(status.approvedAt) : ""),
      ready
        ? [el("p", {}, "The final template (version " + status.templateVersion + ") was written on approval and cannot change. "
            + "Every contributor has been told and can download their rows."),
          B.downloads("template", [
            ...["xlsx", "csv", "json"].map((format) => ({
              format, label: "Download template (" + FORMATS[format] + ")",
              path: "/api/cycles/" + enc(cycleId) + "/template." + format, fileName: cycleId + "-template." + format,
            })),
            { format: "answers-csv", label: "Download the lead's answers (CSV)",
              path: "/api/cycles/" + enc(cycleId) + "/template.answers.csv", fileName: cycleId + "-answers.csv" },
            ...(workbook ? [{ format: "reporting-workbook", label: "Download NHS England's reporting workbook, filled in (Excel)",
              path: "/api/cycles/" + enc(cycleId) + "/template.reporting-workbook.xlsx", fileName: cycleId + "-reporting-workbook.xlsx" }] : []),
          ])]
        : el("p", {}, "The final template is being written. Its downloads will appear here in a moment.")));
    if (justApproved) { justApproved = false; $("decided-banner").focus(); }
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
      : el("ul", { id: "summary-warnings" }, warnings.map((w) => el("li", {}, withoutIds(w.message)))));
    if (status.warnings && status.warnings.length > 0 && status.stage === "awaitingSignOff") {
      const count = Math.max(status.warningCount || 0, status.warnings.length);
      parts.push(el("p", {}, "The sign-off request listed " + B.plural(count, "warning", "warnings") + "."));
    }
    replace($("summary"), parts);
  }

  /** A message naming "Blaby District Council (blaby)": the name is enough for people. */
  const withoutIds = (text) => Object.keys(names).reduce((t, id) => t.split(" (" + id + ")").join(""), text);

  /** Horizontal bars: an outlined bar for income and a solid bar for spend, each labelled with its amount. */
  function chart(sources) {
    const NS = "http://www.w3.org/2000/svg";
    const svg = (tag, attrs, text) => {
      const node = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      return node;
    };
    // Each source's name on its own line above its bars, so a long name ("Minimum NHS Contribution") is never cut;
    // the figures to the right of the bars have room for "Spent £10,000,000.25".
    const labelHeight = 22, barWidth = 520, valueWidth = 230, rowHeight = labelHeight + 52;
    const width = barWidth + valueWidth;
    const height = sources.length * rowHeight + 10;
    const max = Math.max(1, ...sources.map((s) => Math.max(s.income, s.expenditureToDate)));
    const root = svg("svg", { class: "chart", viewBox: "0 0 " + width + " " + height, width, height, role: "img",
      "aria-labelledby": "chart-title chart-desc", id: "spend-chart" });
    root.append(svg("title", { id: "chart-title" }, "Spend to date against income, by source of funding"));
    root.append(svg("desc", { id: "chart-desc" }, "The same figures are in the running balances table below."));
    sources.forEach((s, i) => {
      const top = i * rowHeight + 6;
      root.append(svg("text", { x: 0, y: top + 14, class: "chart-label" }, s.source));
      const y = top + labelHeight;
      const incomeWidth = Math.max(1, (s.income / max) * barWidth);
      const spendWidth = Math.max(s.expenditureToDate > 0 ? 2 : 0, (s.expenditureToDate / max) * barWidth);
      root.append(svg("rect", { class: "bar-income", x: 0, y, width: incomeWidth, height: 18 }));
      root.append(svg("text", { x: barWidth + 8, y: y + 14 }, "Income " + B.money(s.income)));
      root.append(svg("rect", { class: "bar-spend", x: 0, y: y + 22, width: spendWidth, height: 18 }));
      root.append(svg("text", { x: barWidth + 8, y: y + 36 }, "Spent " + B.money(s.expenditureToDate)));
    });
    const legend = el("ul", { class: "legend", "aria-hidden": "true" },
      el("li", {}, el("span", { class: "swatch swatch-income" }), "Income (outlined bar)"),
      el("li", {}, el("span", { class: "swatch swatch-spend" }), "Spent to date (solid bar)"));
    return el("figure", { class: "chart-figure" }, root, legend);
  }

  // ---- The audit trail, in plain words (UK times, names not ids, no hashes or storage paths) -----------------------

  const ACTIONS = {
    "cycle-opened": "Cycle opened", "return-submitted": "Return received", "collection-closed": "Collection closed",
    "sign-off-requested": "Sign-off requested", "sign-off-decision": "Decision sent", "sent-back": "Sent back",
    approved: "Approved", "template-written": "Final template written", "email-failed": "Email not sent",
    "access-denied": "Request refused", "close-requested": "Close requested", "approval-superseded": "Approval not applied",
    "return-after-approval": "Return after approval", "reminder-requested": "Reminder asked for",
    "answers-saved": "Answers saved", "workbook-attached": "Workbook attached",
  };

  const nameOf = (id) => names[id] || names[Object.keys(names).find((k) => k.toLowerCase() === id.toLowerCase())] || id;
  const namesIn = (text) => text.split(/,\s*/).map((id) => nameOf(id.trim())).join(", ");

  /** What an entry's detail says, for people. */
  function auditDetail(a) {
    const d = a.detail || "";
    let m;
    switch (a.action) {
      case "cycle-opened":
        m = d.match(/^(.*), (\d+) contributors, due (\S+)$/);
        return m ? m[1] + ": " + B.plural(Number(m[2]), "contributor", "contributors") + " asked, returns due by " + B.ukTime(m[3]) : clean(d);
      case "return-submitted":
        m = d.match(/^(\S+) version (\d+) \((.*?)(?:, sha256 [0-9a-f]+)?\)$/i);
        return m ? nameOf(m[1]) + ": version " + m[2] + " (" + m[3] + ")" : clean(d);
      case "sign-off-decision":
        m = d.match(/^(\w+) \(round (\d+)\)(?:: (.*?) — ([\s\S]*))?$/);
        if (!m) return clean(d);
        return (m[1] === "approve" ? "Approve" : "Send back") + " (sign-off round " + m[2] + ")"
          + (m[3] ? ": " + namesIn(m[3]) + ". Reason: " + m[4] : "");
      case "sent-back":
        m = d.match(/^round (\d+): (.*?): ([\s\S]*)$/);
        return m ? namesIn(m[2]) + " (sign-off round " + m[1] + "). Reason: " + m[3] : clean(d);
      case "sign-off-requested":
        m = d.match(/^round (\d+): (\d+) returns, (\d+) warnings$/);
        return m ? "Round " + m[1] + ": " + B.plural(Number(m[2]), "return", "returns") + ", " + B.plural(Number(m[3]), "warning", "warnings") : clean(d);
      case "approved":
        m = d.match(/^round (\d+)$/);
        return m ? "Sign-off round " + m[1] : clean(d);
      case "template-written":
        m = d.match(/\/v(\d+)\//);
        return m ? "Version " + m[1] + ", in Excel, CSV and JSON" : "Written";
      case "collection-closed":
        m = d.match(/with (\d+) of (\d+) submitted/);
        return m ? m[1] + " of " + m[2] + " returns received" : "Closed by the lead";
      case "reminder-requested":
        m = d.match(/^(\S+): /);
        return m ? "A reminder to " + nameOf(m[1]) + ", sent at once" : clean(d);
      case "close-requested":
        return "Asked to close collection";
      case "approval-superseded":
        m = d.match(/^round (\d+): newer versions arrived before the approval took effect \((.*)\); the lead is asked again$/);
        return m ? "Newer versions arrived before the approval took effect (" + m[2].replace(/(\S+) version (\d+)/g, (x, id, v) => nameOf(id) + " version " + v)
          + "), so the lead is asked again (sign-off round " + m[1] + ")" : clean(d);
      case "return-after-approval":
        m = d.match(/^(\S+) version (\d+) ([\s\S]*)$/);
        return m ? nameOf(m[1]) + ": version " + m[2] + " " + m[3] : clean(d);
      case "answers-saved":
        m = d.match(/^the lead's answers, version (\d+): ([\s\S]*)$/);
        return m ? "Version " + m[1] + ": " + m[2] : clean(d);
      case "workbook-attached":
        // "reporting workbook X.xlsx, version 2, sha256 …" (earlier entries: "… version 2 (sha256 …)").
        m = d.match(/^reporting workbook ([\s\S]*), version (\d+)(?:,? \(?sha256 [0-9a-f]+\)?)?$/i);
        return m ? "NHS England's workbook " + m[1] + " attached (version " + m[2] + ")" : clean(d);
      case "access-denied":
        m = d.match(/^\d+ \S+ \S+: ([\s\S]*)$/);
        return m ? m[1] : "A request was refused";
      default:
        return clean(d);
    }
  }

  /** Whatever is left: no hashes, storage paths or API routes. */
  const clean = (text) => text.replace(/\s*\(sha256 [0-9a-f]{16,}\)/gi, "").replace(/,?\s*sha256 [0-9a-f]{16,}/gi, "").replace(/\b[0-9a-f]{40,}\b/gi, "")
    .replace(/\/?api\/\S+/g, "").replace(/\b(returns|templates|audit)\/\S+/g, "").trim();

  // The lead's request ("Decision sent", "Close requested") and the cycle carrying it out ("Sent back", "Approved",
  // "Collection closed") are both in the audit log; the page shows one row per action: the request only until it
  // has been carried out (audit.jsonl keeps both for auditors).
  const CARRIED_OUT_BY = { "sign-off-decision": ["sent-back", "approved", "approval-superseded"], "close-requested": ["collection-closed"] };

  function carriedOut(entries) {
    return entries.filter((a, i) => {
      const outcomes = CARRIED_OUT_BY[a.action];
      return !outcomes || !entries.slice(i + 1).some((later) => outcomes.includes(later.action));
    });
  }

  async function renderAudit() {
    const result = await api("/api/cycles/" + enc(cycleId) + "/audit");
    if (!result.ok) { replace($("audit"), el("p", { class: "error-text" }, B.problemText(result))); return; }
    const rows = carriedOut(result.body).reverse().map((a) => [B.ukTime(a.at), a.actor === "system" ? "The service" : a.actor,
      ACTIONS[a.action] || a.action, auditDetail(a)]);
    replace($("audit"), rows.length === 0 ? el("p", {}, "Nothing recorded yet.")
      : B.table("What happened, newest first", [{ title: "When" }, { title: "Who" }, { title: "What" }, { title: "Details" }], rows, { id: "audit-table" }));
  }

  // ---- Sign-off: send back at once, approve or close after a confirmation step ------------------------------------

  const cyclePath = (suffix) => "/api/cycles/" + enc(cycleId) + suffix;

  function wireActions() {
    $("close-button").addEventListener("click", () => confirmStep("close"));
    $("decision-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const decision = document.querySelector("input[name=decision]:checked")?.value;
      const contributors = [...document.querySelectorAll("input[name=send-back]:checked")].map((i) => i.value);
      const reason = $("decision-reason").value.trim();
      const problems = [];
      if (!decision) problems.push({ field: "decision-approve", group: "decision-field", text: "Choose whether to approve the area return or send returns back" });
      if (decision === "sendBack" && contributors.length === 0) {
        problems.push({ field: document.querySelector("input[name=send-back]")?.id, group: "send-back-field", text: "Choose at least one contributor to send back" });
      }
      if (decision === "sendBack" && !reason) problems.push({ field: "decision-reason", text: "Enter the reason for sending back: the contributors will see it" });
      if (problems.length > 0) { B.showErrors(problems); return; }
      B.clearErrors();
      if (decision === "approve") { await confirmStep("approve"); return; }
      await B.busy($("decision-button"), async () => {
        const body = JSON.stringify({ decision, contributors, reason });
        const result = await api(cyclePath("/decision"), { method: "POST", body, headers: { "Content-Type": "application/json" } });
        outcome(result, "Sent back to " + B.list(contributors.map(nameOf)) + ". They can see your reason on their page and have been emailed it.");
        if (result.ok) $("decision-form").reset();
      });
    });
    $("cancel-button").addEventListener("click", () => leaveConfirm(true));
    $("confirm-button").addEventListener("click", () => B.busy($("confirm-button"), confirmed));
  }

  /** The GOV.UK confirmation step: what the action does, what is missing, and Confirm or Cancel. */
  async function confirmStep(kind) {
    const [result, blank] = await Promise.all([api(cyclePath("")), kind === "approve" ? Answers.templateMissing(cycleId) : null]);
    if (!result.ok) { B.showErrors([{ text: B.problemText(result) }]); return; }
    const status = result.body;
    const item = cycles.find((c) => c.cycleId === cycleId);
    confirming = kind;
    B.clearErrors();
    const all = status.contributors;
    const missing = all.filter((c) => !c.versions);
    const stale = all.filter((c) => c.versions > 0 && (c.state === "sentBack" || c.state === "late"));
    const parts = [];
    if (kind === "approve") {
      parts.push(el("p", {}, "Approving writes the final template for " + cycleName(item) + " and tells every contributor. "
        + "It cannot be undone: no contributor can send a new version afterwards."));
    } else {
      parts.push(el("p", {}, "Closing collection adds up the returns received so far and asks you to sign off now, without waiting for the rest. "
        + "Contributors can still send a version until you approve."));
    }
    if (missing.length > 0) {
      const many = missing.length > 1;
      parts.push(warning(missing.length + " of " + all.length + " contributors " + (many ? "have" : "has") + " not sent a return: "
        + B.list(missing.map((c) => nameOf(c.id))) + "; " + (many ? "their" : "its") + " rows will be blank in the template"
        + (kind === "close" ? " if you approve without " + (many ? "them" : "it") : "") + ".", "confirm-missing"));
    } else {
      parts.push(el("p", { id: "confirm-missing" }, "All " + B.plural(all.length, "contributor has", "contributors have") + " sent a return."));
    }
    if (stale.length > 0) {
      const many = stale.length > 1;
      parts.push(warning(B.list(stale.map((c) => nameOf(c.id))) + (many ? " were" : " was") + " sent back and " + (many ? "have" : "has")
        + " not sent a new version: the template will use " + (many ? "their earlier versions." : "its earlier version."), "confirm-stale"));
    }
    const warningCount = Math.max(status.warningCount || 0, (status.warnings || []).length);
    if (kind === "approve" && warningCount > 0) {
      parts.push(el("p", {}, "The area return has " + B.plural(warningCount, "warning", "warnings") + " that need comments (listed under Area figures)."));
    }
    if (kind === "approve") parts.push(el("div", { id: "confirm-template-part" }, Answers.confirmBlock(blank)));
    replace($("confirm-body"), parts);
    replace($("confirm-button"), kind === "approve" ? "Confirm and approve" : "Confirm and close collection");
    $("confirm-button").className = "warning";
    const heading = kind === "approve" ? "Are you sure you want to approve the area return?" : "Are you sure you want to close collection?";
    switchView("confirm-view", heading);
  }

  function warning(text, id) {
    return el("div", { class: "warning-text", id },
      el("span", { class: "warning-text__icon", "aria-hidden": "true" }, "!"),
      el("strong", { class: "warning-text__text" }, el("span", { class: "visually-hidden" }, "Warning: "), text));
  }

  const BLANK_PARTS_ERROR = "Select ‘Approve with these parts of the template blank’ to approve now, or cancel and complete them first";

  async function confirmed() {
    const kind = confirming;
    let result;
    if (kind === "approve") {
      // With parts of the template still blank, the lead says so explicitly (the API refuses otherwise).
      const blankOk = $("confirm-incomplete");
      if (blankOk && !blankOk.checked) {
        B.showErrors([{ field: "confirm-incomplete", group: "confirm-incomplete-field", text: BLANK_PARTS_ERROR }]);
        return;
      }
      const body = { decision: "approve", contributors: [], reason: "" };
      if (blankOk && blankOk.checked) body.confirmIncomplete = true;
      result = await api(cyclePath("/decision"), { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
      if (result.status === 409 && result.body && Array.isArray(result.body.missing) && result.body.missing.length > 0) {
        // Something became blank since the step opened: show what, and ask again.
        replace($("confirm-template-part"), Answers.confirmBlock(result.body.missing));
        B.showErrors([{ field: "confirm-incomplete", group: "confirm-incomplete-field", text: BLANK_PARTS_ERROR }]);
        return;
      }
    } else {
      result = await api(cyclePath("/close"), { method: "POST" });
    }
    leaveConfirm(false);
    outcome(result, kind === "approve" ? "Approved. The final template is being written."
      : "Collection closed. The returns received so far are added up for your sign-off; the decision form appears below when they have been.");
    if (result.ok && kind === "approve") { $("decision-form").reset(); justApproved = true; }
  }

  function leaveConfirm(cancelled) {
    const kind = confirming;
    confirming = null;
    B.clearErrors();
    switchView("main-view", MAIN_HEADING);
    if (cancelled) (kind === "close" ? $("close-button") : $("decision-button")).focus();
  }

  function switchView(id, heading) {
    for (const view of ["main-view", "confirm-view", "contributor-view"]) $(view).hidden = view !== id;
    $("opened-banner").hidden = id !== "main-view";
    replace($("page-heading"), heading);
    B.setTitle(heading);
    if (id !== "main-view") { $("page-heading").focus(); window.scrollTo(0, 0); }
  }

  /** Shows what an action did where it was asked for (the sign-off section, unless <box> is given). */
  function outcome(result, success, box = $("action-result")) {
    if (result.ok) {
      B.clearErrors();
      replace(box, el("div", { class: "panel", role: "status" }, el("p", {}, success)));
      box.focus();
    } else {
      replace(box);
      B.showErrors([{ text: result.status === 409 ? "That cannot be done at this stage: " + B.problemText(result)
        + " The page shows the cycle as it is now." : B.problemText(result) }]);
    }
    if (result.ok) quickUntil = Date.now() + AFTER_ACTION_WINDOW_MS;
    clearTimeout(timer);
    poll();
  }

  // ---- One contributor's return: its figures, comments, warnings and what changed -----------------------------------

  async function showContributor(id, contributorId) {
    const back = $("back-link");
    back.href = "/lead?cycle=" + enc(id);
    back.hidden = false;
    switchView("contributor-view", "Loading the return…");
    const [list, status, figures, versions] = await Promise.all([api("/api/cycles"), api("/api/cycles/" + enc(id)),
      api("/api/cycles/" + enc(id) + "/returns/" + enc(contributorId) + "/figures"), api("/api/cycles/" + enc(id) + "/returns/" + enc(contributorId))]);
    const failed = [list, status, figures, versions].find((r) => !r.ok);
    if (failed) {
      switchView("contributor-view", "There is a problem");
      replace($("contributor-view"), el("p", {}, B.problemText(failed)));
      return;
    }
    const item = list.body.find((c) => c.cycleId === id);
    const f = figures.body;
    const s = status.body.contributors.find((c) => c.id.toLowerCase() === f.contributorId.toLowerCase()) || {};
    switchView("contributor-view", f.name);
    const email = item?.contributors.find((c) => c.id.toLowerCase() === f.contributorId.toLowerCase())?.email;
    const facts = el("dl", { class: "summary-list", id: "contributor-facts" },
      el("dt", {}, "Cycle"), el("dd", {}, item ? cycleName(item) : ""),
      el("dt", {}, "Return"), el("dd", {}, s.state ? B.stateTag(s.state) : ""),
      el("dt", {}, "Due"), el("dd", {}, s.due ? "By " + B.ukTime(s.due) : ""),
      el("dt", {}, "Versions"), el("dd", {}, String(f.versions)),
      f.latest ? [el("dt", {}, "Latest version"), el("dd", {}, "Version " + f.latest.version + ", sent by " + f.latest.submittedBy
        + " at " + B.ukTime(f.latest.submittedAt))] : null,
      el("dt", {}, "Reminders sent"), el("dd", {}, String(s.remindersSent ?? 0)),
      email ? [el("dt", {}, "Contact"), el("dd", {}, el("a", { href: "mailto:" + email }, email))] : null,
      s.sentBackReason ? [el("dt", {}, "Last sent back"), el("dd", {}, B.ukTime(s.sentBackAt) + ": " + s.sentBackReason)] : null,
      s.emailProblem ? [el("dt", {}, "Email problem"), el("dd", {}, s.emailProblem)] : null);
    const parts = [facts];
    if (!f.latest) {
      parts.push(el("p", { id: "no-return" }, f.name + " has not sent a return yet."));
    } else {
      parts.push(el("h2", {}, "Figures in version " + f.latest.version), figuresTable(f));
      parts.push(el("h2", {}, "Warnings"), f.warnings.length === 0 ? el("p", {}, "No warnings: no figure needs a comment.")
        : el("ul", { id: "contributor-warnings" }, f.warnings.map((w) => el("li", {}, w.message))));
      if (f.previous) parts.push(el("h2", {}, "What changed since version " + f.previous.version), changes(f));
      parts.push(el("h2", {}, "Versions"), B.table("Versions, newest first",
        [{ title: "Version", rowHeader: true }, { title: "File" }, { title: "Sent by" }, { title: "Sent at" }],
        versions.body.slice().reverse().map((v) => ["Version " + v.version, v.uploadedAs || "", v.submittedBy, B.ukTime(v.submittedAt)]), { id: "contributor-versions" }));
    }
    parts.push(el("p", {}, el("a", { href: "/lead?cycle=" + enc(id) }, "Back to the area return")));
    replace($("contributor-view"), parts);
  }

  const number = (n) => (n === null || n === undefined ? "NA" : new Intl.NumberFormat("en-GB").format(n));


  function figuresTable(f) {
    const columns = [{ title: "Scheme", rowHeader: true }, { title: "Source of funding" }, { title: "Planned for the year", number: true },
      { title: "Spent to date", number: true }];
    if (f.previous) columns.push({ title: "Change since version " + f.previous.version, number: true });
    if (f.hasLastQuarter) columns.push({ title: "Change since last quarter", number: true });
    columns.push({ title: "Planned outputs", number: true }, { title: "Outputs to date", number: true }, { title: "Comments" });
    const rows = f.schemes.map((s) => {
      const cells = [s.id + " " + s.name, s.sourceOfFunding, B.money(s.plannedExpenditure), B.money(s.expenditureToDate)];
      if (f.previous) cells.push(B.moneyChange(s.expenditureToDate, s.previousExpenditureToDate));
      if (f.hasLastQuarter) cells.push(B.moneyChange(s.expenditureToDate, s.lastQuarterExpenditureToDate));
      cells.push(number(s.plannedOutputs), number(s.outputsDeliveredToDate), s.comments || "None");
      return cells;
    });
    return B.table("Figures scheme by scheme", columns, rows, { id: "contributor-figures" });
  }

  /** The differences from the version before, scheme by scheme, in words. */
  function changes(f) {
    const items = [];
    for (const s of f.schemes) {
      const what = [];
      if (s.expenditureToDate !== s.previousExpenditureToDate) {
        what.push("spent to date " + B.money(s.previousExpenditureToDate) + " → " + B.money(s.expenditureToDate)
          + " (" + B.moneyChange(s.expenditureToDate, s.previousExpenditureToDate) + ")");
      }
      if (s.outputsDeliveredToDate !== s.previousOutputsDeliveredToDate) {
        what.push("outputs to date " + number(s.previousOutputsDeliveredToDate) + " → " + number(s.outputsDeliveredToDate));
      }
      if ((s.comments || "") !== (s.previousComments || "")) {
        what.push(s.comments ? "comment now: “" + s.comments + "”" : "comment removed");
      }
      if (what.length > 0) items.push(el("li", {}, "Scheme " + s.id + " " + s.name + ": " + what.join("; ") + "."));
    }
    return items.length === 0
      ? el("p", { id: "contributor-changes" }, "Version " + f.latest.version + " has the same figures and comments as version " + f.previous.version + ".")
      : el("ul", { id: "contributor-changes" }, items);
  }

  // ---- Setup: the plan, and opening a cycle with checked dates -------------------------------------------------------

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

  // The dates offered come from the server's national timetable (GET /api/timetable, docs/design/pages.md): working
  // days at 5pm UK time, never already past.
  const DAY = 86400000;
  let datesEdited = false;
  let timetableAsked = 0;

  /** The next quarter to open, with its dates, unless the lead has started filling the form. */
  async function defaultOpenForm() {
    if ($("open-year").value) return;
    const asked = ++timetableAsked;
    const result = await api("/api/timetable");
    if (!result.ok || asked !== timetableAsked || $("open-year").value) return;
    $("open-year").value = result.body.year;
    $("open-quarter").value = result.body.quarter;
    if (!$("open-area").value && cycles.length > 0) $("open-area").value = cycles[0].area;
    showTimetable(result.body);
  }

  function setDate(prefix, iso) {
    const day = B.londonWall(new Date(iso));
    $(prefix + "-day").value = String(day.day);
    $(prefix + "-month").value = String(day.month);
    $(prefix + "-year").value = String(day.year);
  }

  /** Fills the dates for the year and quarter chosen (until the lead types a date) and says where they come from. */
  async function fillTimetable() {
    const year = $("open-year").value.trim();
    const quarter = $("open-quarter").value;
    const asked = ++timetableAsked;
    if (!/^\d{4}-\d{2}$/.test(year)) { replace($("timetable-hint")); return; }
    const result = await api("/api/timetable?year=" + enc(year) + "&quarter=" + enc(quarter));
    if (asked !== timetableAsked) return;
    if (!result.ok) { replace($("timetable-hint")); return; }
    showTimetable(result.body);
  }

  function showTimetable(t) {
    if (!datesEdited) {
      setDate("open-contributors-due", t.contributorsDue);
      setDate("open-submission-due", t.submissionDue);
    }
    const after = t.quarter === "Q4" ? "7 weeks after the year ends" : "6 weeks after the quarter ends";
    const ended = B.ukDate(t.quarterEnd + "T12:00:00Z");
    replace($("timetable-hint"), t.passed
      ? "The national timetable's dates for " + t.year + " " + t.quarter + " (about " + (t.quarter === "Q4" ? "7 weeks after the year ended" : "6 weeks after the quarter ended")
        + " on " + ended + ") have passed or are too close, "
        + "so the dates suggested give contributors at least a week: returns by " + B.ukTime(t.contributorsDue)
        + " and the submission by " + B.ukTime(t.submissionDue) + ". Change them if your area's timetable differs."
      : "Suggested from the national timetable: the template for " + t.quarter + " is due about " + after + " (" + ended
        + "), so by " + B.ukTime(t.submissionDue) + ", and contributors' returns 2 weeks before, by " + B.ukTime(t.contributorsDue)
        + ". Both are working days. Change the dates if your area's timetable differs.");
  }

  /** A GOV.UK date input read and checked: { date } (5pm UK time that day) or { error }. */
  function readDate(prefix, label) {
    const parts = ["day", "month", "year"].map((p) => ({ part: p, id: prefix + "-" + p, value: $(prefix + "-" + p).value.trim() }));
    const group = prefix + "-field";
    const empty = parts.filter((p) => p.value === "");
    if (empty.length === 3) return { error: { field: parts[0].id, group, text: "Enter " + label } };
    if (empty.length > 0) return { error: { field: empty[0].id, group, text: capital(label) + " must include a " + B.list(empty.map((p) => p.part)) } };
    if (parts.some((p) => !/^\d+$/.test(p.value))) {
      return { error: { field: parts.find((p) => !/^\d+$/.test(p.value)).id, group, text: capital(label) + " must be a real date, in numbers" } };
    }
    const [day, month, year] = parts.map((p) => Number(p.value));
    if (parts[2].value.length !== 4) return { error: { field: parts[2].id, group, text: "The year must include 4 numbers, for example " + new Date().getFullYear() } };
    const utc = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || utc.getUTCDate() !== day || utc.getUTCMonth() !== month - 1) {
      return { error: { field: month < 1 || month > 12 ? parts[1].id : parts[0].id, group, text: capital(label) + " must be a real date" } };
    }
    return { date: B.londonTime(year, month, day, 17), field: parts[0].id, group };
  }

  /** "2024-25": two years in a row. */
  const validYear = (year) => {
    const m = /^(\d{4})-(\d{2})$/.exec(year);
    return !!m && (Number(m[1]) + 1) % 100 === Number(m[2]);
  };

  const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

  /** Every problem with the form, in the order of its fields (GOV.UK: the summary lists them as the page does). */
  function checkOpenForm() {
    const problems = [];
    const area = $("open-area").value.trim();
    const year = $("open-year").value.trim();
    if (!area) problems.push({ field: "open-area", text: "Enter the area, as written in its plan" });
    if (!year) problems.push({ field: "open-year", text: "Enter the financial year, for example 2024-25" });
    else if (!validYear(year)) problems.push({ field: "open-year", text: "Enter the financial year as the two years it spans, for example 2024-25" });
    const contributors = readDate("open-contributors-due", "the date returns are due from contributors");
    const submission = readDate("open-submission-due", "the national submission date");
    const now = new Date();
    const yearAhead = new Date(now.getTime() + 366 * DAY);
    if (contributors.error) problems.push(contributors.error);
    else if (contributors.date <= now) {
      problems.push({ field: contributors.field, group: contributors.group, text: "The date returns are due from contributors must be in the future" });
    } else if (contributors.date > yearAhead) {
      problems.push({ field: contributors.field, group: contributors.group, text: "The date returns are due from contributors must be within the next 12 months" });
    }
    if (submission.error) problems.push(submission.error);
    else if (contributors.date && submission.date < contributors.date) {
      problems.push({ field: submission.field, group: submission.group,
        text: "The national submission date must be the same as or after the date returns are due from contributors" });
    } else if (submission.date <= now) {
      problems.push({ field: submission.field, group: submission.group, text: "The national submission date must be in the future" });
    } else if (contributors.date && submission.date > new Date(contributors.date.getTime() + 366 * DAY)) {
      problems.push({ field: submission.field, group: submission.group,
        text: "The national submission date must be within 12 months of the date returns are due from contributors" });
    }
    return { problems, area, year, quarter: $("open-quarter").value, contributorsDue: contributors.date, submissionDue: submission.date };
  }

  async function openCycle() {
    const form = checkOpenForm();
    if (form.problems.length > 0) { B.showErrors(form.problems); return; }
    B.clearErrors();
    const body = JSON.stringify({ area: form.area, year: form.year, quarter: form.quarter,
      contributorsDue: form.contributorsDue.toISOString(), submissionDue: form.submissionDue.toISOString() });
    const result = await api("/api/cycles", { method: "POST", body, headers: { "Content-Type": "application/json" } });
    if (!result.ok) {
      const name = form.area + " " + form.year + " " + form.quarter;
      const text = result.status === 404 ? "There is no plan for " + form.area + " " + form.year + ". Upload the area's plan first, or check the area and year."
        : result.status === 409 ? name + " has already been opened. Choose it from the list of cycles."
          : result.status === 400 && !/[{}]/.test(B.problemText(result)) ? B.problemText(result)
            : result.status === 400 ? "The cycle could not be opened. Check the area, year and dates and try again." : B.problemText(result);
      B.showErrors([{ field: result.status === 404 ? "open-area" : result.status === 409 ? "open-quarter" : "open-area", text, inline: result.status !== 409 }]);
      return;
    }
    const id = result.body.cycleId;
    datesEdited = false;
    $("setup").open = false;
    $("open-year").value = "";
    await loadCycles(id);
    const item = cycles.find((c) => c.cycleId === id);
    replace($("opened-banner"), B.banner("opened", "success", (item ? cycleName(item) : form.area + " " + form.year + " " + form.quarter) + " is open",
      el("p", {}, (item ? B.plural(item.contributors.length, "contributor is", "contributors are") : "The contributors are")
        + " being asked for their returns, due by " + B.ukTime(form.contributorsDue.toISOString()) + "."),
      el("p", {}, "The national submission is due by " + B.ukTime(form.submissionDue.toISOString()) + ". The status of returns is below.")));
    $("opened").focus();
  }

  function wireSetup() {
    $("plan-form").addEventListener("submit", (e) => {
      e.preventDefault();
      B.busy($("plan-button"), async () => {
        const file = $("plan-file").files[0];
        if (!file) { replace($("plan-result")); B.showErrors([{ field: "plan-file", text: "Choose the plan file" }]); return; }
        const result = await api("/api/plans", { method: "POST", body: await file.arrayBuffer(), headers: B.fileHeaders(file.name, planContentType(file)) });
        if (result.ok) {
          B.clearErrors();
          replace($("plan-result"), el("p", {}, "Plan stored for " + result.body.area + " " + result.body.year + ": "
            + B.plural(result.body.contributors, "contributor", "contributors") + ", " + B.plural(result.body.schemes, "scheme", "schemes") + "."));
          $("open-area").value = result.body.area;
          $("open-year").value = result.body.year;
          fillTimetable();
        } else {
          const errors = (result.body && result.body.errors) || [];
          replace($("plan-result"), errors.length ? el("ul", { class: "error-list" }, errors.map((x) => el("li", {}, where(x) + x.message))) : null);
          B.showErrors([{ field: "plan-file", text: file.name + " was not stored: " + B.problemText(result) + (errors.length ? " The problems are listed under the form." : "") }]);
        }
      });
    });
    for (const id of ["open-year", "open-quarter"]) $(id).addEventListener("change", fillTimetable);
    $("open-year").addEventListener("input", fillTimetable);
    for (const prefix of ["open-contributors-due", "open-submission-due"]) {
      for (const part of ["day", "month", "year"]) $(prefix + "-" + part).addEventListener("input", () => { datesEdited = true; });
    }
    $("open-form").addEventListener("submit", (e) => { e.preventDefault(); B.busy($("open-button"), openCycle); });
  }

  start();
})();
