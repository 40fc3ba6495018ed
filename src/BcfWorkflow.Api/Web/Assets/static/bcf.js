// Shared helpers for the pages: the signed-in key, API calls, safe DOM building, UK times, the GOV.UK error summary,
// notification banners and downloads. Data from the API is only ever set as text (never as HTML).
"use strict";
window.Bcf = (() => {
  const KEY = "bcf.key";
  const SERVICE = "Better Care Fund returns";

  const key = () => sessionStorage.getItem(KEY);
  const setKey = (value) => sessionStorage.setItem(KEY, value);
  const clearKey = () => sessionStorage.removeItem(KEY);

  /** Calls the API with the signed-in key. Resolves to { ok, status, body } (body: parsed JSON, or null). */
  async function api(path, options = {}) {
    const headers = Object.assign({}, options.headers || {});
    const k = key();
    if (k) headers.Authorization = "Bearer " + k;
    let response;
    try {
      response = await fetch(path, Object.assign({}, options, { headers }));
    } catch (e) {
      return { ok: false, status: 0, body: { title: "No connection", detail: "The service could not be reached. Check your connection and try again." } };
    }
    const type = response.headers.get("Content-Type") || "";
    let body = null;
    if (type.includes("json")) {
      try { body = await response.json(); } catch (e) { body = null; }
    }
    return { ok: response.ok, status: response.status, body };
  }

  /** Builds an element: el("p", { class: "hint" }, "text", child, ...). Strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function replace(node, ...children) {
    node.replaceChildren();
    return append(node, children);
  }

  /** A table in a keyboard-scrollable wrapper. columns: [{ title, number }]; rows: arrays of cell contents. */
  function table(caption, columns, rows, attrs) {
    const head = el("tr", {}, columns.map((c) => el("th", { scope: "col", class: c.number ? "number" : null }, c.title)));
    const body = rows.map((cells) => el("tr", {}, cells.map((cell, i) =>
      i === 0 && columns[0].rowHeader ? el("th", { scope: "row" }, cell) : el("td", { class: columns[i].number ? "number" : null }, cell))));
    const t = el("table", attrs || {}, el("caption", {}, caption), el("thead", {}, head), el("tbody", {}, body));
    // On a narrow screen a wide table scrolls inside its box; the hint (shown by app.css only there) says so.
    return [el("p", { class: "scroll-hint", "aria-hidden": "true" }, "Scroll sideways to see the whole table."),
      el("div", { class: "table-wrap", role: "region", "aria-label": caption, tabindex: "0" }, t)];
  }

  const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const money = (n) => (n === null || n === undefined ? "" : pounds.format(n));
  const percent = (f) => (f === null || f === undefined ? "" : (f * 100).toFixed(2) + "%");

  // Times are shown as UK local time (Europe/London) with the day, in GOV.UK style: "5pm on Friday 18 October 2024".
  const LONDON = "Europe/London";
  const wallFormat = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, year: "numeric", month: "numeric", day: "numeric",
    hour: "numeric", minute: "numeric", hourCycle: "h23" });
  const dayFormat = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, weekday: "long", day: "numeric", month: "long", year: "numeric" });

  /** The wall clock in London at an instant: { year, month (1-12), day, hour, minute }. */
  function londonWall(date) {
    const parts = Object.fromEntries(wallFormat.formatToParts(date).filter((p) => p.type !== "literal").map((p) => [p.type, Number(p.value)]));
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute };
  }

  /** The instant when London's clocks show that date and hour (British Summer Time or not). */
  function londonTime(year, month, day, hour) {
    const wanted = Date.UTC(year, month - 1, day, hour);
    let guess = wanted;
    for (let i = 0; i < 3; i++) {
      const w = londonWall(new Date(guess));
      const diff = wanted - Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
      if (diff === 0) break;
      guess += diff;
    }
    return new Date(guess);
  }

  function clockText(hour, minute) {
    if (minute === 0 && hour === 12) return "midday";
    if (minute === 0 && hour === 0) return "midnight";
    const h = hour % 12 === 0 ? 12 : hour % 12;
    return h + (minute ? ":" + String(minute).padStart(2, "0") : "") + (hour < 12 ? "am" : "pm");
  }

  /** "5pm on Friday 18 October 2024" (UK time); "" for no time. */
  function ukTime(iso) {
    if (!iso) return "";
    const date = new Date(iso);
    const w = londonWall(date);
    return clockText(w.hour, w.minute) + " on " + dayFormat.format(date).replace(",", "");
  }

  /** "Friday 18 October 2024" (the day in the UK). */
  const ukDate = (iso) => (iso ? dayFormat.format(new Date(iso)).replace(",", "") : "");
  const when = ukTime;

  const STATES = { awaiting: "Awaiting", submitted: "Submitted", late: "Late", sentBack: "Sent back", notReceived: "Not received" };
  const STAGES = {
    collecting: "Collecting returns", aggregating: "Adding up the returns", awaitingSignOff: "Awaiting sign-off",
    emitting: "Writing the final template", completed: "Approved", ended: "Stopped",
  };
  const stateText = (s) => STATES[s] || s;
  const stageText = (s) => STAGES[s] || s;
  const isDecided = (stage) => stage === "emitting" || stage === "completed";
  /** A contributor's state as people should read it: once the return is approved, one that never sent a return is
   * "Not received" (nothing is awaited any more). */
  const shownState = (contributor, stage) => (isDecided(stage) && contributor.versions === 0 ? "notReceived" : contributor.state);
  /** A state as a text tag (the colour only repeats what the words say). */
  const stateTag = (s) => el("strong", { class: "tag tag-" + s }, stateText(s));

  /** The problem's plain-English message. */
  const problemText = (result) =>
    (result.body && (result.body.detail || result.body.title)) || "Something went wrong (HTTP " + result.status + "). Try again.";

  /** Downloads an API file with the key: fetched, then saved through a temporary link. Resolves to null, or what went wrong. */
  async function download(path, fileName) {
    let response;
    try {
      response = await fetch(path, { headers: { Authorization: "Bearer " + key() } });
    } catch (e) {
      return "The file could not be downloaded: the service could not be reached. Check your connection and try again.";
    }
    if (!response.ok) {
      let detail = "The file could not be downloaded (HTTP " + response.status + "). Try again.";
      try { detail = "The file could not be downloaded: " + ((await response.json()).detail || detail); } catch (e) { /* not JSON */ }
      return detail;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = el("a", { href: url, download: fileName, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return null;
  }

  /** A row of download buttons for one file in several formats; a failed download says so under them. */
  function downloads(idPrefix, items) {
    const error = el("p", { class: "error-text", role: "alert", id: idPrefix + "-error" });
    const buttons = items.map((item) => el("button", { type: "button", class: "secondary", id: idPrefix + "-" + item.format,
      onclick: async () => replace(error, (await download(item.path, item.fileName)) || "") }, item.label));
    return el("div", { class: "downloads" }, el("p", {}, buttons), error);
  }

  // Who is signed in. Only a 401 means the key is wrong; any other failure keeps it, and the page says to try again.
  /** Resolves to { me } when signed in, { signedOut: true } without a (valid) key, or { problem } when it could not be checked. */
  async function checkSignIn() {
    const who = document.getElementById("who");
    const out = document.getElementById("sign-out");
    if (out) out.addEventListener("click", () => { clearKey(); location.href = "/"; });
    if (!key()) return { signedOut: true };
    const me = await api("/api/me");
    if (me.status === 401) { clearKey(); return { signedOut: true }; }
    if (out) out.hidden = false;
    if (!me.ok || !me.body) {
      if (who) replace(who, "Signed in");
      return { problem: problemText(me) };
    }
    if (who) replace(who, signedInText(me.body));
    return { me: me.body };
  }

  /** "Signed in as Pat Lead (BCF lead)"; the role once when the key's name is the role ("Signed in as BCF lead"). */
  function signedInText(me) {
    const role = me.role === "lead" ? "BCF lead" : "contributor";
    const name = (me.name || "").trim();
    return "Signed in as " + (!name || name.toLowerCase() === role.toLowerCase() ? role : name + " (" + role + ")");
  }

  /** For the pages that need a signed-in user: the caller, or null after saying what to do. */
  async function signedIn(purpose) {
    const check = await checkSignIn();
    if (check.me) return check.me;
    if (check.problem) {
      stop("We could not check your sign-in", "The service did not answer: " + check.problem
        + " You are still signed in. Try again in a moment.", true);
    } else {
      stop("Sign in first", "You need to sign in with your key to see " + purpose + ".");
    }
    return null;
  }

  /** Where to go after signing in: a page of this service (a path under /lead or /contributor, with its query), or
   * null. Anything else (another site, "//host", a script) is ignored. */
  function safeNext(next) {
    return typeof next === "string" && /^\/(lead|contributor)(\?[^#\\]*)?$/.test(next) ? next : null;
  }

  /** Replaces the main content with a message and a way on (for pages the caller may not use). The sign-in link
   * brings the person back to this page (an email's link to a cycle still leads to that cycle). */
  function stop(heading, message, retry) {
    const main = document.getElementById("content");
    const here = safeNext(location.pathname + location.search);
    replace(main, el("h1", {}, heading), el("p", {}, message),
      retry ? el("p", {}, el("button", { type: "button", id: "try-again", onclick: () => location.reload() }, "Try again")) : null,
      el("p", {}, el("a", { href: here ? "/?next=" + encodeURIComponent(here) : "/" }, "Go to the sign-in page")));
    setTitle(heading);
  }

  // The page title, with "Error: " in front while an error summary shows (GOV.UK pattern).
  let baseTitle = document.title.replace(/ – Better Care Fund returns$/, "");
  let hasErrors = false;
  const applyTitle = () => { document.title = (hasErrors ? "Error: " : "") + baseTitle + " – " + SERVICE; };
  function setTitle(title) { baseTitle = title; applyTitle(); }

  /**
   * Shows the GOV.UK error summary at the top of the page and each message beside its field.
   * errors: [{ field: "input-id", text: "Enter ..." }] (field optional: the summary then links nowhere).
   */
  function showErrors(errors, heading) {
    clearErrors();
    const box = document.getElementById("error-summary");
    const items = errors.map((e) => el("li", {}, e.field ? el("a", { href: "#" + e.field, "data-field": e.field }, e.text) : e.text));
    replace(box, el("h2", { id: "error-summary-title" }, heading || "There is a problem"), el("ul", { class: "error-summary-list" }, items));
    box.hidden = false;
    for (const e of errors) if (e.field && e.inline !== false) fieldError(e.field, e.text, e.group);
    hasErrors = true;
    applyTitle();
    box.focus();
    box.scrollIntoView({ block: "start" });
  }

  function clearErrors() {
    const box = document.getElementById("error-summary");
    if (box) { box.hidden = true; box.replaceChildren(); }
    for (const message of document.querySelectorAll(".error-message")) message.remove();
    for (const group of document.querySelectorAll(".field-error")) group.classList.remove("field-error");
    for (const input of document.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
    for (const input of document.querySelectorAll("[data-error-described]")) {
      const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !id.endsWith("-error"));
      if (ids.length) input.setAttribute("aria-describedby", ids.join(" ")); else input.removeAttribute("aria-describedby");
      input.removeAttribute("data-error-described");
    }
    hasErrors = false;
    applyTitle();
  }

  /** The message beside its field: in the field's group, after its label and hint; the input is marked invalid. */
  function fieldError(fieldId, text, groupId) {
    const input = document.getElementById(fieldId);
    if (!input) return;
    const group = (groupId && document.getElementById(groupId)) || input.closest(".field") || input.parentElement;
    group.classList.add("field-error");
    const id = (groupId || fieldId) + "-error";
    let message = document.getElementById(id);
    if (!message) {
      message = el("p", { class: "error-message", id }, el("span", { class: "visually-hidden" }, "Error: "), text);
      const after = group.querySelector(":scope > .hint, :scope > fieldset > .hint") || group.querySelector(":scope > label, :scope > fieldset > legend");
      if (after) after.after(message); else group.prepend(message);
    }
    input.setAttribute("aria-invalid", "true");
    const described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    if (!described.includes(id)) input.setAttribute("aria-describedby", described.concat(id).join(" "));
    input.setAttribute("data-error-described", "");
  }

  // A link in the error summary moves focus to its field (and the field's label into view), as GOV.UK's does.
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("#error-summary a[data-field]");
    if (!link) return;
    const field = document.getElementById(link.getAttribute("data-field"));
    if (!field) return;
    event.preventDefault();
    const details = field.closest("details");
    if (details) details.open = true;
    field.focus();
    (field.closest("fieldset") || field.closest(".field") || field).scrollIntoView({ block: "start" });
  });

  /**
   * A GOV.UK notification banner. kind: "success" (the outcome of what the user just did: role alert), "done" (the
   * same look for a state found on loading: role region) or "important" (role region). content: nodes under the heading.
   */
  function banner(id, kind, heading, ...content) {
    const titleId = id + "-title";
    const success = kind === "success" || kind === "done";
    return el("div", { class: "notification-banner" + (success ? " notification-banner--success" : ""), id,
      role: kind === "success" ? "alert" : "region", "aria-labelledby": titleId, tabindex: "-1" },
    el("div", { class: "notification-banner__header" },
      el("h2", { class: "notification-banner__title", id: titleId }, success ? "Success" : "Important")),
    el("div", { class: "notification-banner__content" }, el("h3", { class: "notification-banner__heading" }, heading), content));
  }

  /** Runs an action with a button disabled until it ends, so it cannot be sent twice. */
  async function busy(button, action) {
    if (button.disabled) return undefined;
    button.disabled = true;
    button.setAttribute("aria-disabled", "true");
    try {
      return await action();
    } finally {
      button.disabled = false;
      button.removeAttribute("aria-disabled");
    }
  }

  /** "A, B and C". */
  const list = (items) => (items.length <= 1 ? items.join("") : items.slice(0, -1).join(", ") + " and " + items[items.length - 1]);
  const plural = (n, one, many) => n + " " + (n === 1 ? one : many);

  /** "+£12,345", "−£500", "No change"; "" when either side is missing. */
  function moneyChange(now, before) {
    if (now === null || now === undefined || before === null || before === undefined) return "";
    const d = now - before;
    return d === 0 ? "No change" : (d > 0 ? "+" : "−") + money(Math.abs(d));
  }

  /** The headers that name an uploaded file: Content-Disposition with the UTF-8 name (RFC 6266), since a header
   * cannot carry "Zoë's return.csv" as it is. */
  const fileHeaders = (name, type) => ({ "Content-Type": type, "Content-Disposition": "attachment; filename*=UTF-8''"
    + encodeURIComponent(name).replace(/['()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()) });

  const param = (name) => new URLSearchParams(location.search).get(name);
  const enc = encodeURIComponent;

  return { key, setKey, clearKey, api, el, append, replace, table, money, percent, when, ukTime, ukDate, londonTime, londonWall,
    stateText, stageText, stateTag, shownState, isDecided, problemText, download, downloads, checkSignIn, signedIn, stop, setTitle,
    showErrors, clearErrors, banner, busy, list, plural, param, enc, safeNext, fileHeaders, moneyChange };
})();
