// LOA checker widget. The form comes from the page (macro `loa_checker`, with
// the default fields); this adds the chosen country's own fields from the data
// (assets/data/coverage.json), sends the form to the shared runtime and renders
// the report in the GOV.UK error pattern, with textContent only.
// Nothing typed is sent anywhere. Nothing is stored unless the person asks
// ("Save in this browser"); "Clear" empties the form and removes what is saved.
import { el } from "./dom.mjs";
import { format, grouped, loadMessages } from "./i18n.mjs";
import { runtime } from "./runtime.mjs";
import { clearLinkButton, copyLinkButton, readShared, refusalText } from "./share.mjs";
import { formText, manualRoute } from "./unavailable.mjs";

const STORAGE_KEY = "porting-guide:loa-checker:v1";
// The separators of checks.eligibility.split_entries, for the list limits.
const SEPARATORS = /[\r\n\t,;\u2028\u2029\x85]+/;
const LINES = /\r\n|[\n\r\u2028\u2029\x85]/;

// What was typed, for instant navigation within this tab: memory only, never stored.
let memory = null;
let coverageData = null;

function loadCoverage() {
  coverageData ??= fetch(new URL("../data/coverage.json", import.meta.url)).then((r) => {
    if (!r.ok) throw new Error(`coverage: HTTP ${r.status}`);
    return r.json();
  });
  coverageData.catch(() => {
    coverageData = null;
  });
  return coverageData;
}


// How many numbers the pasted order holds, for the limit's message at once
// (checks.loa.parse_order reads the order itself): its non-empty lines, less
// a heading (a first line whose first column has no digit).
function orderSize(text) {
  const lines = text.split(LINES).filter((line) => line.trim());
  if (!lines.length) return 0;
  const first = lines[0];
  const column = first.split(first.includes("\t") ? "\t" : first.includes(";") ? ";" : ",")[0];
  return lines.length - (column !== first && !/[0-9]/.test(column) ? 1 : 0);
}

function countEntries(text) {
  return text.split(SEPARATORS).filter((part) => part.trim()).length;
}

function localToday() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function fieldsFor(loa, iso) {
  const own = loa.countries.find((c) => c.iso === iso);
  const all = [...loa.fields, ...(own ? own.fields : [])];
  // Numbers last, as on the page: a country's own fields go before them.
  return [...all.filter((f) => f.kind !== "numbers"), ...all.filter((f) => f.kind === "numbers")];
}

// Where a problem is shown: its path says which side (LOA, CSR) or the order.
function targetOf(problem) {
  if (problem.path.startsWith("csr.")) return `csr-in-${problem.field}`;
  if (problem.path.startsWith("loa.")) return `loa-in-${problem.field}`;
  return "loa-in-order";
}

export async function bindLoa(root) {
  const form = root.querySelector("form");
  const country = root.querySelector("#loa-in-country");
  const order = root.querySelector("#loa-in-order");
  const grid = root.querySelector(".loa-grid");
  const summary = root.querySelector(".error-summary");
  const summaryList = summary.querySelector(".error-summary__list");
  const status = root.querySelector(".checker-status");
  const results = root.querySelector(".checker-results");
  const maxNumbers = Number(root.dataset.maxNumbers) || 10000;
  const kept = new Map(); // values of a country's fields while another country is chosen

  let table;
  try {
    table = await loadMessages();
  } catch (error) {
    root.hidden = false;
    status.textContent = `The checker could not start (${error.message}). Send the LOA and the CSR to support instead.`;
    return;
  }
  const t = (key, fields) => format(table, key, fields);
  const has = (key) => Object.hasOwn(table, key);

  // The default fields are on the page; a country's own come from the data.
  let loaData = null;
  try {
    loaData = (await loadCoverage()).loa;
  } catch {
    loaData = null; // the default fields still work
  }
  if (!root.isConnected) return;

  for (const control of root.querySelectorAll("input, textarea, select")) {
    control.dataset.describedby = control.getAttribute("aria-describedby") ?? "";
  }

  // Rows ----------------------------------------------------------------

  function fieldRow(field) {
    const loaId = `loa-in-${field.id}`;
    const csrId = `csr-in-${field.id}`;
    const label = t(`loa.field.${field.id}`);
    const hint = [
      has(`ui.loa.hint.${field.id}`) ? t(`ui.loa.hint.${field.id}`) : "",
      field.length ? t("ui.loa.hint.length", { length: field.length }) : "",
    ]
      .filter(Boolean)
      .join(" ");
    const control = (side, id, describedby) => {
      const props = {
        id,
        name: `${side}.${field.id}`,
        autocomplete: "off",
        spellcheck: "false",
        "aria-describedby": describedby || undefined,
        dataset: { describedby: describedby || "" },
      };
      if (field.kind === "numbers") return el("textarea", { ...props, rows: "4" });
      return el("input", { ...props, type: field.kind === "phone" ? "tel" : "text" });
    };
    const statusBadge = el("span", {
      class: `badge badge--${field.status}`,
      id: `${loaId}-status`,
      text: t(`ui.loa.badge.${field.status}`),
    });
    const described = [`${loaId}-status`, hint ? `${loaId}-hint` : ""].filter(Boolean).join(" ");
    const loaCell = el("div", { class: "loa-cell loa-cell--loa" }, [
      el("label", { for: loaId, text: label }),
      " ",
      statusBadge,
      hint ? el("p", { class: "hint", id: `${loaId}-hint`, text: hint }) : null,
      el("div", { class: "field-error", id: `${loaId}-error`, hidden: true }),
      control("loa", loaId, described),
      el("div", { class: "loa-diff", hidden: true }),
    ]);
    let csrCell;
    if (field.csr) {
      const csrHint = has(`ui.loa.hint.csr.${field.id}`) ? t(`ui.loa.hint.csr.${field.id}`) : "";
      csrCell = el("div", { class: "loa-cell loa-cell--csr" }, [
        el("label", { for: csrId }, [
          el("span", { class: "visually-hidden", text: `${label} ` }),
          t("ui.loa.csr.label"),
        ]),
        csrHint ? el("p", { class: "hint", id: `${csrId}-hint`, text: csrHint }) : null,
        el("div", { class: "field-error", id: `${csrId}-error`, hidden: true }),
        control("csr", csrId, csrHint ? `${csrId}-hint` : ""),
      ]);
    } else {
      csrCell = el("div", { class: "loa-cell loa-cell--csr loa-cell--none", text: t("ui.loa.csr.none") });
    }
    return el("div", { class: "loa-row", dataset: { field: field.id, kind: field.kind } }, [loaCell, csrCell]);
  }

  function rows() {
    return [...grid.querySelectorAll(".loa-row")];
  }

  function controlsOf(row) {
    return [...row.querySelectorAll("input, textarea")];
  }

  function applyCountry(iso) {
    if (!loaData) return;
    const fields = fieldsFor(loaData, iso);
    const wanted = new Set(fields.map((f) => f.id));
    for (const row of rows()) {
      if (wanted.has(row.dataset.field)) continue;
      for (const control of controlsOf(row)) kept.set(control.id, control.value);
      row.remove();
    }
    const present = new Map(rows().map((row) => [row.dataset.field, row]));
    const numbersRow = rows().find((row) => row.dataset.kind === "numbers") ?? null;
    for (const field of fields) {
      if (present.has(field.id)) continue;
      const row = fieldRow(field);
      for (const control of controlsOf(row)) control.value = kept.get(control.id) ?? "";
      grid.insertBefore(row, field.kind === "numbers" ? null : numbersRow);
    }
  }

  // What was typed --------------------------------------------------------

  function snapshot() {
    const values = Object.fromEntries(kept);
    for (const row of rows()) for (const control of controlsOf(row)) values[control.id] = control.value;
    return { country: country.value, order: order.value, values };
  }

  function restore(state) {
    if (!state || typeof state !== "object") return;
    kept.clear();
    const values = state.values && typeof state.values === "object" ? state.values : {};
    for (const [id, value] of Object.entries(values)) if (typeof value === "string") kept.set(id, value);
    const iso = typeof state.country === "string" ? state.country : "";
    country.value = [...country.options].some((o) => o.value === iso) ? iso : "";
    order.value = typeof state.order === "string" ? state.order : "";
    applyCountry(country.value);
    for (const row of rows()) {
      for (const control of controlsOf(row)) control.value = kept.get(control.id) ?? "";
    }
  }

  function readSaved() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
      return saved && typeof saved === "object" ? saved : null;
    } catch {
      return null;
    }
  }

  const remember = () => {
    memory = snapshot();
  };
  form.addEventListener("input", remember);
  country.addEventListener("change", () => {
    applyCountry(country.value);
    remember();
  });

  // Shown once bound, so that nothing typed goes unseen by the widget.
  root.hidden = false;
  if (memory) {
    restore(memory);
  } else {
    const saved = readSaved();
    if (saved?.state) {
      restore(saved.state);
      const date = typeof saved.saved === "string" ? saved.saved.slice(0, 10) : "";
      status.textContent = t("ui.loa.restored", { date });
    } else {
      applyCountry(country.value);
    }
  }

  // Shareable check: the whole form as JSON in the fragment (#check=loa&state=...).
  const shared = readShared("loa", { state: { max: 100_000 } });
  let sharedState = null;
  if (shared?.values) {
    try {
      sharedState = JSON.parse(shared.values.state ?? "");
    } catch {
      sharedState = null;
    }
    if (!sharedState || typeof sharedState !== "object" || Array.isArray(sharedState)) {
      status.textContent = refusalText(t, "damaged");
      sharedState = null;
    }
  } else if (shared?.reason) {
    status.textContent = refusalText(t, shared.reason, shared.key);
  }
  if (sharedState) {
    restore(sharedState);
    remember();
    queueMicrotask(() => form.requestSubmit());
  }
  const actions = root.querySelector('[data-action="save"]').parentElement;
  const shareNote = el("p", { class: "checker-copied", role: "status" });
  const shareButton = copyLinkButton(t, "loa", () => ({ state: JSON.stringify(snapshot()) }), shareNote);
  const unshareButton = clearLinkButton(t, shareNote);
  actions.append(shareButton, unshareButton);
  actions.after(shareNote);

  // Runtime ---------------------------------------------------------------

  const rt = runtime();
  let ready = false;
  let quiet = Boolean(status.textContent);
  const manual = manualRoute(root, t, {
    kind: "loa",
    failed: "ui.loa.failed",
    emailText: () => t("ui.manual.email.loa", { text: formText(form) }),
    restart: () => {
      quiet = false;
      if (!rt.restart()) form.requestSubmit();
    },
  });
  rt.onState((state) => {
    if (!root.isConnected) return;
    ready = state.stage === "ready";
    if (state.stage === "failed") return manual.show(state);
    manual.hide();
    if (quiet) {
      return; // the "restored" message stays until the person does something
    } else if (state.stage === "ready") {
      status.textContent = t("ui.ready");
    } else if (state.step) {
      status.textContent = t("ui.loading", {
        step: state.step,
        steps: state.steps,
        what: t(`ui.loading.${state.stage}`),
      });
    }
  });

  // Errors ------------------------------------------------------------------

  function clearErrors() {
    summary.hidden = true;
    summaryList.replaceChildren();
    for (const box of root.querySelectorAll(".field-error")) {
      box.replaceChildren();
      box.hidden = true;
    }
    for (const box of root.querySelectorAll(".loa-diff")) {
      box.replaceChildren();
      box.hidden = true;
    }
    for (const control of root.querySelectorAll("[aria-invalid]")) {
      control.removeAttribute("aria-invalid");
      const describedby = control.dataset.describedby;
      if (describedby) control.setAttribute("aria-describedby", describedby);
      else control.removeAttribute("aria-describedby");
    }
  }

  function fieldError(targetId, message) {
    const control = document.getElementById(targetId);
    const box = document.getElementById(`${targetId}-error`);
    if (!control || !box || !root.contains(control)) return false;
    box.append(el("p", { text: message }));
    box.hidden = false;
    control.setAttribute("aria-invalid", "true");
    const describedby = [`${targetId}-error`, control.dataset.describedby].filter(Boolean).join(" ");
    control.setAttribute("aria-describedby", describedby);
    return true;
  }

  function goTo(targetId) {
    const control = document.getElementById(targetId);
    if (!control) return;
    const cell = control.closest(".loa-cell, .field") ?? control;
    cell.scrollIntoView({ block: "center" });
    control.focus({ preventScroll: true });
  }

  // problems: [{target, message, code?, field?, hint?, path?}]
  function showProblems(problems) {
    for (const p of problems) {
      const shown = fieldError(p.target, p.message);
      const link = el("a", { href: `#${shown ? p.target : "loa-in-country"}`, text: p.message });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        goTo(shown ? p.target : "loa-in-country");
      });
      summaryList.append(
        el("li", { dataset: { code: p.code ?? "", field: p.field ?? "", hint: p.hint ?? "", path: p.path ?? "" } }, [
          link,
        ]),
      );
    }
    summary.hidden = false;
    summary.focus();
  }

  // A long run is shown by its ends: a megabyte in a field would take the
  // page a second to lay out, and nobody reads it. Up to LONG_RUN characters
  // show whole; beyond, CONTEXT characters on the side of the difference (on
  // both sides of a run between two), and how many are left out.
  const LONG_RUN = 160;
  const CONTEXT = 40;
  function ends(text, { head = true, tail = true } = {}) {
    if (text.length <= LONG_RUN) return [text];
    const start = head ? text.slice(0, CONTEXT) : "";
    const end = tail ? text.slice(-CONTEXT) : "";
    const count = grouped(text.length - start.length - end.length);
    return [start, el("span", { class: "loa-diff__elided", text: t("ui.loa.diff.elided", { count }) }), end];
  }

  function showDiff(problem) {
    const row = grid.querySelector(`.loa-row[data-field="${CSS.escape(problem.field)}"]`);
    const box = row?.querySelector(".loa-diff");
    if (!box || !problem.diff?.length) return;
    const onLoa = el("dd", { class: "loa-diff__text", dataset: { side: "loa" } });
    const onCsr = el("dd", { class: "loa-diff__text", dataset: { side: "csr" } });
    const last = problem.diff.length - 1;
    problem.diff.forEach((span, i) => {
      if (span.op === "equal") {
        const around = { head: i > 0, tail: i < last };
        onLoa.append(...ends(span.loa, around));
        onCsr.append(...ends(span.csr, around));
      } else if (span.op === "replace") {
        onLoa.append(el("mark", {}, ends(span.loa)));
        onCsr.append(el("mark", {}, ends(span.csr)));
      } else if (span.op === "delete") {
        onLoa.append(el("del", {}, ends(span.loa)));
      } else if (span.op === "insert") {
        onCsr.append(el("ins", {}, ends(span.csr)));
      }
    });
    box.replaceChildren(
      el("p", { class: "loa-diff__title", text: t("ui.loa.diff.title") }),
      el("dl", {}, [el("dt", { text: t("ui.loa.diff.loa") }), onLoa, el("dt", { text: t("ui.loa.diff.csr") }), onCsr]),
    );
    box.hidden = false;
  }

  // Results -----------------------------------------------------------------

  function pair(group) {
    return t("loa.pair", {
      location: group.location || t("loa.pair.no-location"),
      carrier: group.carrier || t("loa.pair.no-carrier"),
    });
  }

  function countText(n) {
    return n === 1 ? t("ui.loa.groups.count.one") : t("ui.loa.groups.count.many", { count: n });
  }

  function renderGroups(groups) {
    const section = el("section", { class: "loa-groups", "aria-labelledby": "loa-groups-title" }, [
      el("h3", { id: "loa-groups-title", text: t("ui.loa.groups.title") }),
    ]);
    if (!groups.length) {
      section.append(el("p", { text: t("ui.loa.groups.none") }));
      return section;
    }
    section.append(el("p", { text: t("ui.loa.groups.intro") }));
    const list = el("ol", { class: "loa-group-list" });
    for (const group of groups) {
      const item = el("li", {
        class: "loa-group",
        dataset: { location: group.location, carrier: group.carrier, thisLoa: String(group.this_loa) },
      });
      const head = el("p", { class: "loa-group__head" }, [
        el("strong", { text: pair(group) }),
        ` (${countText(group.numbers.length)})`,
      ]);
      if (group.this_loa) head.append(" ", el("span", { class: "badge badge--this-loa", text: t("ui.loa.groups.this") }));
      const numbers = el(
        "ul",
        { class: "loa-numbers" },
        group.numbers.map((e164, i) =>
          el("li", { dataset: { e164 } }, [
            group.typed[i] ?? e164,
            group.typed[i] && group.typed[i] !== e164 ? el("span", { class: "e164", text: ` ${e164}` }) : null,
          ]),
        ),
      );
      item.append(head, numbers);
      if (group.separate?.length) {
        item.append(
          el("p", { class: "loa-group__separate", text: t("ui.loa.groups.separate") }),
          el(
            "ul",
            { class: "loa-parts" },
            group.separate.map((part) =>
              el("li", { dataset: { part: part.id } }, [el("strong", { text: `${part.label}: ` }), part.numbers.join(", ")]),
            ),
          ),
        );
      }
      list.append(item);
    }
    section.append(list);
    return section;
  }

  function renderChecklist(iso, groups, problemCount) {
    const section = el("section", { class: "loa-print", "aria-labelledby": "loa-checklist-title" }, [
      el("h3", { id: "loa-checklist-title", text: t("ui.loa.checklist.title") }),
      el("p", { text: t("ui.loa.checklist.intro", { country: t(`country.${iso}`) }) }),
    ]);
    if (problemCount) {
      const key = problemCount === 1 ? "ui.loa.checklist.problems.one" : "ui.loa.checklist.problems.many";
      section.append(el("p", { class: "loa-checklist__warning", text: t(key, { count: problemCount }) }));
    }
    const items = [el("li", { text: t("ui.loa.checklist.form") })];
    if (groups.length) {
      for (const group of groups) {
        items.push(
          el("li", { class: "loa-checklist__loa" }, [
            t("ui.loa.checklist.loa", { pair: pair(group), count: countText(group.numbers.length) }),
            el("br"),
            el("span", { class: "loa-checklist__numbers", text: group.numbers.join(", ") }),
          ]),
        );
      }
    } else {
      items.push(el("li", { text: t("ui.loa.checklist.loa.none") }));
    }
    if (loaData) {
      const own = loaData.countries.find((c) => c.iso === iso);
      const rules = [...loaData.rules, ...(own ? own.rules : [])];
      for (const rule of rules) {
        items.push(
          el("li", { dataset: { rule: rule.id } }, [
            rule.text,
            " ",
            el("span", { class: `badge badge--${rule.status}`, text: t(`ui.loa.badge.${rule.status}`) }),
          ]),
        );
      }
      const age = own?.signature_max_age ?? loaData.signature_max_age;
      items.push(
        el("li", { text: t("ui.loa.checklist.age", { days: age.days, status: t(`ui.loa.status.${age.status}`) }) }),
      );
    }
    const print = el("button", { type: "button", class: "md-button", text: t("ui.loa.checklist.print") });
    print.addEventListener("click", () => window.print());
    section.append(el("ul", { class: "loa-checklist" }, items), el("div", { class: "checker-actions" }, [print]));
    return section;
  }

  function render(request, report) {
    const problems = report.problems;
    const shown = problems.map((p) => ({ ...p, target: targetOf(p) }));
    if (shown.length) showProblems(shown);
    for (const p of problems) if (p.code === "mismatch") showDiff(p);
    const parts = [];
    if (!problems.length) {
      const key = request.csr ? "ui.loa.no-problems" : "ui.loa.no-problems.no-csr";
      parts.push(el("p", { class: "loa-ok", text: t(key) }));
    }
    parts.push(renderGroups(report.groups), renderChecklist(request.country, report.groups, problems.length));
    results.replaceChildren(...parts);
    const key = problems.length === 0 ? "ui.loa.done.none" : problems.length === 1 ? "ui.loa.done.one" : "ui.loa.done.many";
    status.textContent = t(key, { count: problems.length });
  }

  // The form ------------------------------------------------------------------

  function collect() {
    const loa = {};
    const csr = {};
    for (const row of rows()) {
      const id = row.dataset.field;
      loa[id] = row.querySelector(`#loa-in-${CSS.escape(id)}`)?.value ?? "";
      const other = row.querySelector(`#csr-in-${CSS.escape(id)}`);
      if (other) csr[id] = other.value;
    }
    const hasCsr = Object.values(csr).some((value) => value.trim());
    return {
      check: "loa",
      country: country.value,
      numbers: order.value, // the order as pasted: checks.loa.parse_order reads it
      loa,
      csr: hasCsr ? csr : null,
      today: localToday(),
    };
  }

  // What the form can tell before the check runs: the country, and the limits.
  function precheck(request) {
    const problems = [];
    if (!request.country) {
      problems.push({ target: "loa-in-country", message: t("ui.loa.country.missing") });
    }
    const lists = [
      ["loa-in-order", "order", orderSize(request.numbers)],
      ["loa-in-numbers", "loa", countEntries(request.loa.numbers ?? "")],
      ["csr-in-numbers", "csr", countEntries(request.csr?.numbers ?? "")],
    ];
    for (const [target, what, size] of lists) {
      if (size > maxNumbers) {
        problems.push({
          target,
          message: t("ui.loa.too-many", {
            what: t(`ui.loa.too-many.${what}`),
            size: grouped(size),
            limit: grouped(maxNumbers),
          }),
        });
      }
    }
    return problems;
  }

  let latest = 0;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    quiet = false;
    const mine = ++latest;
    clearErrors();
    results.replaceChildren();
    const request = collect();
    const early = precheck(request);
    if (early.length) {
      showProblems(early);
      status.textContent = early.length === 1 ? t("ui.loa.done.one") : t("ui.loa.done.many", { count: early.length });
      return;
    }
    root.setAttribute("aria-busy", "true");
    status.textContent = t("ui.loa.checking"); // while booting, the loading steps follow
    try {
      const response = await rt.request(request);
      if (!root.isConnected || mine !== latest) return;
      if (!response.ok) {
        showProblems([{ target: "loa-in-country", message: response.message }]);
        status.textContent = t("ui.loa.done.one");
        return;
      }
      render(request, response.report);
    } catch (error) {
      if (mine === latest && root.isConnected) manual.show(error);
    } finally {
      if (mine === latest) root.removeAttribute("aria-busy");
    }
  });

  root.querySelector('[data-action="save"]').addEventListener("click", () => {
    quiet = true;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ saved: new Date().toISOString(), state: snapshot() }));
      status.textContent = t("ui.loa.saved");
    } catch (error) {
      status.textContent = t("ui.loa.save.failed", { error: error.message });
    }
  });

  root.querySelector('[data-action="clear"]').addEventListener("click", () => {
    quiet = true;
    latest += 1; // a check still running is not shown
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // nothing could be stored either
    }
    memory = null;
    kept.clear();
    form.reset();
    for (const row of rows()) for (const control of controlsOf(row)) control.value = "";
    applyCountry(country.value);
    clearErrors();
    results.replaceChildren();
    root.removeAttribute("aria-busy");
    status.textContent = t("ui.loa.cleared");
  });
}
