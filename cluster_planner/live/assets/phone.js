// The phone page of live participation. Served by the facilitator's laptop; talks only
// to it. Every text that comes from the plan or from people is put in the page as text
// (textContent), never as markup.
"use strict";

(function () {
  const POLL_MS = 3000;
  const SAVE_DELAY_MS = 450;
  const store = {
    get(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set(key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ } },
  };

  let W = null; // the words, in the phone's language
  let code = null;
  let token = store.get("cp-token");
  let view = null;
  let version = null;
  let ballot = {}; // card id -> dots, as this phone has placed them
  let ballotDirty = false;
  let saveTimer = null;
  let pollTimer = null;
  let failures = 0;
  let profile = readProfile();

  const app = document.getElementById("app");
  const statusLine = document.getElementById("status");
  const offline = document.getElementById("offline");

  // --- small helpers ----------------------------------------------------------------------

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    }
    return node;
  }

  function t(key, values) {
    let text = (W && W.text[key]) || key;
    for (const [name, value] of Object.entries(values || {})) {
      text = text.split("{" + name + "}").join(String(value));
    }
    return text;
  }

  function say(text, problem) {
    statusLine.textContent = text || "";
    statusLine.classList.toggle("problem", Boolean(problem));
  }

  function readProfile() {
    try {
      const saved = JSON.parse(store.get("cp-profile") || "null");
      if (saved && typeof saved === "object") return saved;
    } catch (e) { /* forget a damaged profile */ }
    return null;
  }

  function show(...nodes) {
    const focused = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.key : null;
    app.replaceChildren(...nodes);
    if (focused) {
      const again = app.querySelector('[data-key="' + CSS.escape(focused) + '"]');
      if (again) again.focus();
    }
  }

  // --- talking to the laptop ----------------------------------------------------------------

  async function call(method, path, body) {
    const headers = { "Accept": "application/json" };
    if (code) headers["X-Session-Code"] = code;
    if (token) headers["Authorization"] = "Bearer " + token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(path, {
        method, headers, cache: "no-store", credentials: "omit",
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      failures += 1;
      offline.textContent = t("offline");
      offline.hidden = false;
      throw e;
    }
    failures = 0;
    offline.hidden = true;
    let data = null;
    if (response.status !== 204) {
      try { data = await response.json(); } catch (e) { data = null; }
    }
    return { status: response.status, data };
  }

  async function join(given) {
    const answer = await call("POST", "/api/join", { code: given, token: token });
    if (answer.status === 200 && answer.data && answer.data.token) {
      code = given;
      token = answer.data.token;
      store.set("cp-token", token);
      try { window.sessionStorage.setItem("cp-code", code); } catch (e) { /* ignore */ }
      return true;
    }
    code = null;
    showJoin(answer.status === 429 ? t("too_many_tries") : given ? t("wrong_code") : "");
    return false;
  }

  async function refresh() {
    if (!code) return;
    let answer;
    try {
      answer = await call("GET", "/api/state" + (version === null ? "" : "?v=" + version));
    } catch (e) {
      schedule(Math.min(10000, POLL_MS * (1 + failures)));
      return;
    }
    if (answer.status === 204) { schedule(POLL_MS); return; }
    if (!handleAuth(answer)) return;
    if (answer.status === 200) receive(answer.data);
    if (view && view.status === "ended") return; // nothing more will come
    schedule(POLL_MS);
  }

  function handleAuth(answer) {
    if (answer.status === 403) { code = null; showJoin(t("wrong_code")); return false; }
    if (answer.status === 401) { token = null; join(code).then((ok) => { if (ok) refresh(); }); return false; }
    if (answer.status === 429 && answer.data && answer.data.error === "too_many_tries") {
      code = null; showJoin(t("too_many_tries")); return false;
    }
    return true;
  }

  function schedule(delay) {
    window.clearTimeout(pollTimer);
    pollTimer = window.setTimeout(refresh, delay);
  }

  let shown = null; // what the page shows, to leave it alone when nothing of it changed

  function receive(data) {
    if (!data) return;
    version = data.version;
    const same = JSON.stringify(Object.assign({}, data, { version: 0 }));
    if (same === shown && !ballotDirty) return;
    shown = same;
    const changedKind = !view || view.kind !== data.kind
      || (data.round && (!view.round || view.round.id !== data.round.id));
    view = data;
    version = data.version;
    if (changedKind || !ballotDirty) {
      ballot = {};
      for (const [id, count] of Object.entries(data.ballot || {})) ballot[id] = count;
      ballotDirty = false;
    }
    document.getElementById("cluster").textContent = data.cluster || "Cluster Planner";
    render();
  }

  async function send(method, path, body, done) {
    say(t("sending"));
    let answer;
    try {
      answer = await call(method, path, body);
    } catch (e) {
      say(t("offline"), true);
      return false;
    }
    if (!handleAuth(answer)) return false;
    const data = answer.data || {};
    if (answer.status === 200 || answer.status === 201) {
      receive(data);
      say(done);
      return true;
    }
    if (data.view) { ballotDirty = false; receive(data.view); }
    const reason = data.error || "other";
    const known = ["too_long", "empty", "too_many_dots", "too_many_ideas", "board_full", "changed", "slow_down"];
    if (reason === "revealed") say(t("revealed"), true);
    else say(t("error_" + (known.includes(reason) ? reason : "other")), true);
    return false;
  }

  // --- the views ------------------------------------------------------------------------------

  function render() {
    if (!view) return;
    document.title = t("page_title");
    if (view.status === "ended") { show(el("h1", {}, t("ended"))); return; }
    if (view.status === "gone") { show(el("h1", {}, t("gone"))); return; }
    if (view.kind === "capture") show(...capture()); // the group matters for tallies only
    else if (view.kind === "vote") show(...aboutYou(), ...vote());
    else show(...drafts());
  }

  function showJoin(problem) {
    window.clearTimeout(pollTimer);
    document.title = t("page_title");
    const input = el("input", {
      id: "code", className: "code", type: "text", inputmode: "numeric", pattern: "[0-9]*",
      maxlength: 4, autocomplete: "off", required: true, "aria-describedby": "code-hint",
      "data-key": "code",
    });
    const form = el("form", {
      onsubmit: async (event) => {
        event.preventDefault();
        const given = input.value.trim();
        try {
          if (await join(given)) { version = null; shown = null; refresh(); }
        } catch (e) { say(t("offline"), true); }
      },
    },
      el("label", { for: "code" }, t("code_label")),
      input,
      problem ? el("p", { className: "notice", role: "alert" }, problem) : null,
      el("p", {}, el("button", { type: "submit" }, t("join"))),
    );
    app.replaceChildren(
      el("h1", {}, t("join_heading")),
      el("p", { id: "code-hint" }, t("join_intro")),
      form,
    );
    input.focus();
  }

  function aboutYou() {
    const types = W.stakeholder_types;
    const chosen = profile || {};
    const typeSelect = el("select", { id: "stakeholder", "data-key": "stakeholder" },
      el("option", { value: "" }, t("not_said")),
      Object.entries(types).map(([value, name]) =>
        el("option", { value, selected: chosen.stakeholder_type === value }, name)),
    );
    const sexes = el("fieldset", {},
      el("legend", {}, t("sex_label")),
      el("div", { className: "choices" },
        [["female", W.sexes.female], ["male", W.sexes.male], ["", t("not_said")]].map(([value, name]) =>
          el("label", { className: "choice" },
            el("input", { type: "radio", name: "sex", value, checked: (chosen.sex || "") === value, "data-key": "sex-" + value }),
            name)),
      ),
    );
    const save = el("button", {
      type: "button", className: "secondary", "data-key": "save-profile",
      onclick: () => {
        const sex = app.querySelector('input[name="sex"]:checked');
        profile = { stakeholder_type: typeSelect.value, sex: sex ? sex.value : "" };
        store.set("cp-profile", JSON.stringify(profile));
        if (view.kind === "vote" && Object.keys(ballot).length) queueBallot();
        render();
      },
    }, t("save"));
    const summaryText = profile
      ? [profile.stakeholder_type ? types[profile.stakeholder_type] : null,
        profile.sex ? W.sexes[profile.sex] : null].filter(Boolean).join(" · ") || t("not_said")
      : null;
    return [el("details", { className: "panel", open: !profile },
      el("summary", {}, t("about_heading") + (summaryText ? ": " + summaryText : "")),
      el("p", { className: "hint" }, t("about_hint")),
      el("label", { for: "stakeholder" }, t("stakeholder_label")),
      typeSelect,
      el("p", {}),
      sexes,
      save,
    )];
  }

  function capture() {
    const max = view.max_chars || 200;
    const quadrants = el("fieldset", {},
      el("legend", {}, t("quadrant_label")),
      el("div", { className: "choices" },
        Object.entries(W.quadrants).map(([value, name], index) =>
          el("label", { className: "choice" },
            el("input", { type: "radio", name: "quadrant", value, required: true, checked: index === 0 && !lastQuadrant ? true : lastQuadrant === value, "data-key": "q-" + value }),
            name)),
      ),
    );
    const counter = el("span", { className: "counter", id: "counter", "aria-live": "off" }, "0 / " + max);
    const text = el("textarea", {
      id: "idea", maxlength: max, required: true, "aria-describedby": "idea-hint counter",
      "data-key": "idea",
      oninput: () => {
        counter.textContent = text.value.length + " / " + max;
        counter.classList.toggle("over", text.value.length > max);
      },
    });
    text.value = draftIdea;
    text.addEventListener("input", () => { draftIdea = text.value; });
    counter.textContent = text.value.length + " / " + max;
    const form = el("form", {
      className: "panel",
      onsubmit: async (event) => {
        event.preventDefault();
        const picked = app.querySelector('input[name="quadrant"]:checked');
        lastQuadrant = picked ? picked.value : null;
        const ok = await send("POST", "/api/ideas", { quadrant: lastQuadrant, text: text.value }, t("idea_sent"));
        if (ok) { draftIdea = ""; render(); const again = document.getElementById("idea"); if (again) again.focus(); }
      },
    },
      quadrants,
      el("label", { for: "idea" }, t("idea_label")),
      text,
      el("div", { className: "row" }, el("span", { id: "idea-hint", className: "hint" }, t("idea_hint")), counter),
      el("p", {}, el("button", { type: "submit", "data-key": "send" }, t("send"))),
    );
    const waiting = (view.ideas || []);
    return [
      el("h1", {}, t("capture_heading")),
      form,
      el("h2", {}, t("waiting_heading")),
      waiting.length
        ? el("ul", { className: "cards" }, waiting.map((idea) =>
          el("li", { className: "q-" + idea.quadrant },
            el("span", { className: "card-text" },
              el("span", { className: "hint" }, W.quadrants[idea.quadrant] + ": "), idea.text),
            el("button", {
              type: "button", className: "secondary", "data-key": "withdraw-" + idea.id,
              "aria-label": t("withdraw") + ": " + idea.text,
              onclick: () => send("DELETE", "/api/ideas/" + Number(idea.id), undefined, ""),
            }, t("withdraw")))))
        : el("p", { className: "hint" }, t("none_waiting")),
    ];
  }
  let lastQuadrant = null;
  let draftIdea = "";

  function placed() {
    return Object.values(ballot).reduce((sum, n) => sum + n, 0);
  }

  function queueBallot() {
    ballotDirty = true;
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(saveBallot, SAVE_DELAY_MS);
  }

  async function saveBallot() {
    const body = {
      round: view.round.id,
      dots: ballot,
      stakeholder_type: (profile && profile.stakeholder_type) || null,
      sex: (profile && profile.sex) || null,
    };
    const sent = JSON.stringify(ballot);
    const ok = await send("PUT", "/api/ballot", body, t("ballot_saved"));
    if (ok && JSON.stringify(ballot) === sent) ballotDirty = false;
  }

  function vote() {
    const total = view.round.dots;
    const closed = view.status === "revealed";
    const left = Math.max(0, total - placed());
    const heading = [el("h1", {}, t("vote_heading") + ": " + view.round.title)];
    if (closed) heading.push(el("p", { className: "notice", role: "alert" }, t("revealed")));
    else heading.push(el("p", { className: "left", id: "left", "aria-live": "polite" }, t("dots_left", { left, total })));
    if (!view.cards.length) return [...heading, el("p", { className: "hint" }, t("no_cards"))];
    const groups = [];
    for (const [quadrant, name] of Object.entries(W.quadrants)) {
      const cards = view.cards.filter((card) => card.quadrant === quadrant);
      if (!cards.length) continue;
      groups.push(el("h2", {}, name));
      groups.push(el("ul", { className: "cards" }, cards.map((card) => {
        const count = ballot[card.id] || 0;
        return el("li", { className: "q-" + quadrant + (count ? " has-dots" : "") },
          el("span", { className: "card-text", id: "card-" + card.id }, card.text),
          el("span", { className: "dots" },
            el("button", {
              type: "button", className: "secondary", disabled: closed || count === 0,
              "aria-label": t("remove_dot", { card: card.text }), "data-key": "minus-" + card.id,
              onclick: () => { ballot[card.id] = count - 1; if (!ballot[card.id]) delete ballot[card.id]; queueBallot(); render(); },
            }, "−"),
            el("output", { "aria-label": t("dots_on_card", { count }) }, count),
            el("button", {
              type: "button", disabled: closed || left === 0,
              "aria-label": t("add_dot", { card: card.text }), "data-key": "plus-" + card.id,
              onclick: () => { ballot[card.id] = count + 1; queueBallot(); render(); },
            }, "+"),
          ));
      })));
    }
    return [...heading, ...groups];
  }

  function drafts() {
    const chosen = view.vote;
    return [
      el("h1", {}, t("drafts_heading")),
      ...view.drafts.map((draft) => el("section", {
        className: "panel draft" + (chosen === draft.id ? " chosen" : ""), "aria-labelledby": "draft-" + draft.id,
      },
        el("h2", { id: "draft-" + draft.id }, draft.title,
          chosen === draft.id ? el("span", { className: "mark" }, t("your_vote")) : null),
        el("p", { className: "statement" }, draft.text),
        chosen === draft.id
          ? el("button", {
            type: "button", className: "secondary", "data-key": "unvote-" + draft.id,
            onclick: () => send("PUT", "/api/vote", { draft: null }, ""),
          }, t("take_back_vote"))
          : el("button", {
            type: "button", "data-key": "vote-" + draft.id, "aria-describedby": "draft-" + draft.id,
            onclick: () => send("PUT", "/api/vote", { draft: draft.id }, t("vote_saved")),
          }, t("vote_for")),
      )),
    ];
  }

  // --- starting ------------------------------------------------------------------------------

  async function start() {
    const languages = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"]).join(",");
    try {
      W = (await call("GET", "/api/words?lang=" + encodeURIComponent(languages))).data;
    } catch (e) {
      window.setTimeout(start, POLL_MS);
      return;
    }
    document.documentElement.lang = W.lang;
    document.title = t("page_title");
    let given = null;
    if (/^#\d{4}$/.test(window.location.hash)) {
      given = window.location.hash.slice(1);
      window.history.replaceState(null, "", window.location.pathname);
    } else {
      try { given = window.sessionStorage.getItem("cp-code"); } catch (e) { given = null; }
    }
    try {
      if (given && await join(given)) refresh();
      else if (!given) showJoin("");
    } catch (e) {
      window.setTimeout(start, POLL_MS);
    }
  }

  start();
})();
