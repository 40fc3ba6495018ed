// Sign-in: keeps the pasted key in sessionStorage, then shows who it belongs to and where to go.
"use strict";
(() => {
  const B = window.Bcf;
  const { api, setKey, clearKey, replace } = B;
  const form = document.getElementById("sign-in-form");
  const input = document.getElementById("key");

  // The page the person was sent here from (an email's link while signed out), if it is theirs to see.
  const wanted = B.safeNext(B.param("next"));

  function showSignedIn(me, justSignedIn) {
    const isLead = me.role === "lead";
    const home = isLead ? "/lead" : "/contributor";
    const next = document.getElementById("continue");
    const target = wanted && wanted.startsWith(home) ? wanted : null;
    next.href = target || home;
    if (justSignedIn && target) { location.assign(target); return; }
    replace(document.getElementById("signed-in-text"),
      "You are signed in as " + me.name + (isLead ? ", the BCF lead." : ", a contributor."));
    replace(next, isLead ? "Go to the area return" : "Go to your return");
    document.getElementById("signed-in").hidden = false;
    form.hidden = true;
    B.clearErrors();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (!key) { B.showErrors([{ field: "key", text: "Enter your key" }]); return; }
    setKey(key);
    const me = await api("/api/me");
    if (!me.ok) {
      clearKey();
      B.showErrors([{ field: "key", text: me.status === 401 ? "That key was not recognised. Check it and try again."
        : "Your key could not be checked: " + B.problemText(me) }]);
      return;
    }
    input.value = "";
    await B.checkSignIn();
    showSignedIn(me.body, true);
  });

  B.checkSignIn().then((check) => {
    if (check.me) showSignedIn(check.me);
    else if (check.problem) {
      B.showErrors([{ text: "We could not check your sign-in: " + check.problem + " You are still signed in: reload the page to try again." }]);
    }
  });
})();
