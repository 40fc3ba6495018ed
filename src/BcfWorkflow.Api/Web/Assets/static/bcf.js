// Shared helpers for the pages: the signed-in key, API calls, safe DOM building, formatting, downloads.
// Data from the API is only ever set as text (never as HTML).
"use strict";
window.Bcf = (() => {
  const KEY = "bcf.key";

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
    for (const child of children.flat()) {
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
    return el("div", { class: "table-wrap", role: "region", "aria-label": caption, tabindex: "0" }, t);
  }

  const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const money = (n) => (n === null || n === undefined ? "" : pounds.format(n));
  const percent = (f) => (f === null || f === undefined ? "" : (f * 100).toFixed(2) + "%");
  const when = (iso) => (iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "");

  const STATES = { awaiting: "Awaiting", submitted: "Submitted", late: "Late", sentBack: "Sent back" };
  const STAGES = {
    collecting: "Collecting returns", aggregating: "Adding up the returns", awaitingSignOff: "Awaiting sign-off",
    emitting: "Writing the final template", completed: "Approved", ended: "Stopped",
  };
  const stateText = (s) => STATES[s] || s;
  const stageText = (s) => STAGES[s] || s;
  /** A state as a text tag (the colour only repeats what the words say). */
  const stateTag = (s) => el("strong", { class: "tag tag-" + s }, stateText(s));

  /** The problem's plain-English message. */
  const problemText = (result) =>
    (result.body && (result.body.detail || result.body.title)) || "Something went wrong (HTTP " + result.status + "). Try again.";

  /** Downloads an API file with the key: fetched, then saved through a temporary link. */
  async function download(path, fileName) {
    const response = await fetch(path, { headers: { Authorization: "Bearer " + key() } });
    if (!response.ok) {
      let detail = "The file could not be downloaded (HTTP " + response.status + ").";
      try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
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

  /** Shows who is signed in in the header; resolves to the caller ({ name, role, contributor }) or null. */
  async function signedIn() {
    const who = document.getElementById("who");
    const out = document.getElementById("sign-out");
    if (out) out.addEventListener("click", () => { clearKey(); location.href = "/"; });
    if (!key()) return null;
    const me = await api("/api/me");
    if (!me.ok) { clearKey(); return null; }
    if (who) replace(who, "Signed in as " + me.body.name + " (" + (me.body.role === "lead" ? "BCF lead" : "contributor") + ")");
    if (out) out.hidden = false;
    return me.body;
  }

  /** Replaces the main content with a message and a way on (for pages the caller may not use). */
  function stop(heading, message) {
    const main = document.getElementById("content");
    replace(main, el("h1", {}, heading), el("p", {}, message), el("p", {}, el("a", { href: "/" }, "Go to the sign-in page")));
    document.title = heading + " – Better Care Fund returns";
  }

  const param = (name) => new URLSearchParams(location.search).get(name);
  const enc = encodeURIComponent;

  return { key, setKey, clearKey, api, el, append, replace, table, money, percent, when, stateText, stageText, stateTag,
    problemText, download, signedIn, stop, param, enc };
})();
