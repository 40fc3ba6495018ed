// The API reference page: openapi.json turned into headings, lists and tables (text only).
"use strict";
(async () => {
  const box = document.getElementById("reference");
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  };
  let doc;
  try {
    const response = await fetch("/static/openapi.json");
    doc = await response.json();
  } catch (e) {
    box.replaceChildren(el("p", { class: "error-text" }, "The reference could not be loaded. Download openapi.json instead."));
    return;
  }
  const schemaName = (s) => (s && s.$ref ? s.$ref.split("/").pop() : s && s.type === "array" && s.items ? schemaName(s.items) + " list" : (s && s.type) || "");
  const parts = [el("p", {}, doc.info.description),
    el("h2", {}, "Authentication"), el("p", {}, "Send Authorization: Bearer <key>. " + doc.components.securitySchemes.bearerKey.description)];
  const toc = el("ul", { id: "api-routes" });
  parts.push(el("h2", {}, "Routes"), toc);
  let n = 0;
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const id = "op-" + (++n);
      const title = method.toUpperCase() + " " + path;
      toc.append(el("li", {}, el("a", { href: "#" + id }, title), " – " + op.summary));
      const section = [el("h3", { id }, title), el("p", {}, op.summary + "."),
        el("dl", { class: "summary-list" }, el("dt", {}, "Who may call"), el("dd", {}, op["x-callers"] || ""))];
      if (op.parameters && op.parameters.length) {
        section.push(el("h4", {}, "Parameters"), el("ul", {}, op.parameters.map((p) =>
          el("li", {}, p.name + " (" + p.in + (p.required ? ", required" : "") + ")" + (p.schema && p.schema.enum ? ": " + p.schema.enum.join(", ") : "")
            + (p.description ? ". " + p.description : "")))));
      }
      if (op.requestBody) {
        section.push(el("h4", {}, "Body"), el("p", {}, (op.requestBody.description ? op.requestBody.description + " " : "")
          + "As " + Object.entries(op.requestBody.content).map(([type, c]) => type + (c.schema && c.schema.$ref ? " (" + schemaName(c.schema) + ")" : "")).join(", ") + "."));
      }
      const rows = Object.entries(op.responses).map(([code, r]) => el("tr", {}, el("th", { scope: "row" }, code),
        el("td", {}, r.description), el("td", {}, Object.values(r.content || {}).map((c) => schemaName(c.schema)).filter(Boolean).join(", "))));
      section.push(el("div", { class: "table-wrap", role: "region", "aria-label": "Responses of " + title, tabindex: "0" },
        el("table", {}, el("caption", {}, "Responses"), el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Status"),
          el("th", { scope: "col" }, "Meaning"), el("th", { scope: "col" }, "Body"))), el("tbody", {}, rows))));
      parts.push(el("section", { "aria-labelledby": id }, section));
    }
  }
  parts.push(el("h2", {}, "Shapes"), el("p", {}, "Each body's fields are in openapi.json under components.schemas: "
    + Object.keys(doc.components.schemas).join(", ") + "."));
  box.replaceChildren(...parts);
})();
