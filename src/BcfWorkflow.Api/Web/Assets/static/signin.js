// Sign-in: keeps the pasted key in sessionStorage, then shows who it belongs to and where to go.
"use strict";
(() => {
  const { api, setKey, clearKey, replace } = window.Bcf;
  const form = document.getElementById("sign-in-form");
  const input = document.getElementById("key");
  const error = document.getElementById("sign-in-error");
  const errorText = document.getElementById("sign-in-error-text");

  function showError(message) {
    replace(errorText, message);
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
    error.focus();
  }

  function showSignedIn(me) {
    const isLead = me.role === "lead";
    replace(document.getElementById("signed-in-text"),
      "You are signed in as " + me.name + (isLead ? ", the BCF lead." : ", contributor " + me.contributor + "."));
    const next = document.getElementById("continue");
    next.href = isLead ? "/lead" : "/contributor";
    replace(next, isLead ? "Go to the area return" : "Go to your return");
    document.getElementById("signed-in").hidden = false;
    form.hidden = true;
    error.hidden = true;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (!key) { showError("Enter your key."); return; }
    setKey(key);
    const me = await api("/api/me");
    if (!me.ok) {
      clearKey();
      showError(me.status === 401 ? "That key was not recognised. Check it and try again." : window.Bcf.problemText(me));
      return;
    }
    input.value = "";
    await window.Bcf.signedIn();
    showSignedIn(me.body);
  });

  window.Bcf.signedIn().then((me) => { if (me) showSignedIn(me); });
})();
