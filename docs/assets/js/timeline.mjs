// Timeline planner widget. The form comes from the page (macro
// `timeline_planner`); this binds it to the shared runtime, where
// checks.timeline makes the plan (the browser never does time zone
// arithmetic of its own), and renders it with textContent only: a list, an
// SVG chart built node by node, a calendar file and a link that reopens the
// planner with the same inputs. What the person entered is never cleared.
import { el } from "./dom.mjs";
import { format, loadMessages } from "./i18n.mjs";
import { runtime } from "./runtime.mjs";
import { clearLinkButton } from "./share.mjs";
import { manualRoute } from "./unavailable.mjs";

const SVG = "http://www.w3.org/2000/svg";
const FIELDS = ["received", "tz", "sms", "forwarding"];
// What was entered, kept for this tab only (memory, never stored), for
// instant navigation, which swaps the page's content (Back included).
let memory = null;
// A plan link, read strictly: #received=2026-12-04T16:30&tz=Europe/Madrid&sms=keep&forwarding=1
const MAX_FRAGMENT = 300;
const RECEIVED = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/;
const ZONE = /^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/;
const SMS = new Set(["port", "keep", "none"]);
// Where each problem's field is shown (display_tz is not asked: it is tz).
const FIELD_OF = { received: "received", tz: "tz", display_tz: "tz", sms: "sms" };
// The chart, in SVG user units.
// Drawn at the width it is shown at (320 to 640), so its text stays readable.
const CHART = { min: 320, max: 640, left: 10, right: 20, top: 8, row: 60, axis: 52 };

function svg(tag, attrs = {}, children = []) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children) node.append(child);
  return node;
}

/** The plan in a link's fragment: null (an ordinary anchor), {values} or {reason}. */
export function readFragment(hash) {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!raw.includes("=")) return null;
  if (raw.length > MAX_FRAGMENT) return { reason: "damaged" };
  const values = {};
  for (const part of raw.split("&")) {
    const at = part.indexOf("=");
    if (at < 0) return { reason: "damaged" };
    const key = part.slice(0, at);
    let value;
    try {
      value = decodeURIComponent(part.slice(at + 1));
    } catch {
      return { reason: "damaged" };
    }
    if (!FIELDS.includes(key)) return { reason: "unknown" };
    if (key in values) return { reason: "repeated" };
    values[key] = value;
  }
  if (!RECEIVED.test(values.received ?? "")) return { reason: "received" };
  if ("tz" in values ? !(values.tz.length <= 64 && ZONE.test(values.tz)) : !OFFSET.test(values.received)) {
    return { reason: "tz" };
  }
  if ("sms" in values && !SMS.has(values.sms)) return { reason: "sms" };
  if ("forwarding" in values && !["0", "1"].includes(values.forwarding)) return { reason: "forwarding" };
  return { values };
}

/** Readable in the address bar: ":" and "/" may stay as they are in a fragment. */
function fragmentOf(values) {
  return Object.entries(values)
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%3A/g, ":").replace(/%2F/g, "/")}`)
    .join("&");
}

function browserZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch {
    return "";
  }
}

function zoneList() {
  try {
    return typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : null;
  } catch {
    return null;
  }
}

// The wall time now in this browser's zone, as the form writes it.
function nowText() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function bindTimeline(root) {
  const rt = runtime(); // the worker boots while the texts load
  const form = root.querySelector("form");
  const received = root.querySelector("#tl-received");
  const picker = root.querySelector("#tl-picker");
  const forwarding = root.querySelector("#tl-forwarding");
  const notice = root.querySelector(".tl-notice");
  const summary = root.querySelector(".tl-summary");
  const summaryList = summary.querySelector(".tl-summary__list");
  const status = root.querySelector(".checker-status");
  const results = root.querySelector(".tl-results");
  let zone = root.querySelector("#tl-tz");

  let t;
  try {
    const table = await loadMessages();
    t = (key, fields) => format(table, key, fields);
  } catch (error) {
    root.hidden = false;
    status.textContent = `The planner could not start (${error.message}). The rule below shows how to work the dates out.`;
    return;
  }

  // The zone: a list of the browser's zones, or the text box where there is none.
  const here = browserZone();
  const zones = zoneList();
  if (zones) {
    const select = el("select", { id: zone.id, name: zone.name, "aria-describedby": zone.getAttribute("aria-describedby") });
    const groups = new Map();
    for (const name of [...zones].sort()) {
      const region = name.includes("/") ? name.slice(0, name.indexOf("/")) : t("ui.timeline.tz.other");
      if (!groups.has(region)) groups.set(region, el("optgroup", { label: region }));
      groups.get(region).append(el("option", { value: name, text: name.replaceAll("_", " ") }));
    }
    const other = el("optgroup", { label: t("ui.timeline.tz.other") }, [el("option", { value: "UTC", text: "UTC" })]);
    select.append(...groups.values(), other);
    zone.replaceWith(select);
    zone = select;
  }
  function setZone(name) {
    if (zone.tagName === "SELECT" && name && ![...zone.options].some((o) => o.value === name)) {
      zone.lastElementChild.append(el("option", { value: name, text: name }));
    }
    zone.value = name;
  }
  setZone(here);
  received.value = nowText();
  picker.value = received.value;
  if (memory) {
    // Back in this tab (instant navigation): what was entered, not the defaults.
    received.value = memory.received;
    picker.value = memory.picker;
    setZone(memory.tz);
    form.querySelector(`input[name="sms"][value="${memory.sms}"]`).checked = true;
    forwarding.checked = memory.forwarding;
  }
  form.addEventListener("input", () => {
    memory = {
      received: received.value,
      picker: picker.value,
      tz: zone.value,
      sms: form.querySelector('input[name="sms"]:checked')?.value ?? "none",
      forwarding: forwarding.checked,
    };
  });

  // The calendar picker and the text box hold the same value.
  picker.addEventListener("input", () => {
    if (picker.value) received.value = picker.value;
  });
  received.addEventListener("input", () => {
    picker.value = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(received.value) ? received.value : "";
  });

  let ready = false;
  const manual = manualRoute(root, t, {
    kind: "timeline",
    failed: "ui.timeline.failed",
    restart: () => rt.restart() || form.requestSubmit(),
  });
  function showFailure(failure) {
    status.dataset.boot = "true"; // the next start's messages replace it
    manual.show(failure);
  }
  rt.onState((state) => {
    if (!root.isConnected) return;
    ready = state.stage === "ready";
    if (state.stage === "failed") return showFailure(state);
    manual.hide();
    if (state.stage === "ready") {
      if (!status.textContent || status.dataset.boot) status.textContent = t("ui.timeline.ready");
      delete status.dataset.boot;
    } else if (state.step) {
      status.dataset.boot = "true";
      status.textContent = t("ui.timeline.loading", {
        step: state.step,
        steps: state.steps,
        what: t(`ui.timeline.loading.${state.stage}`),
      });
    }
  });

  function inputs() {
    const sms = form.querySelector('input[name="sms"]:checked')?.value ?? "none";
    const values = { received: received.value.trim(), tz: zone.value, sms };
    if (forwarding.checked) values.forwarding = "1";
    return values;
  }

  function fieldParts(name) {
    const box = root.querySelector(`[data-field="${name}"]`);
    const control = name === "sms" ? box : name === "tz" ? zone : received;
    return { error: box.querySelector(".field-error"), control, hint: `tl-${name}-hint` };
  }

  function showProblems(problems) {
    const byField = new Map();
    for (const p of problems) {
      const field = FIELD_OF[p.field] ?? "received";
      byField.set(field, [...(byField.get(field) ?? []), p.message]);
    }
    for (const name of ["received", "tz", "sms"]) {
      const { error, control, hint } = fieldParts(name);
      const messages = byField.get(name) ?? [];
      error.textContent = messages.join(" ");
      error.hidden = !messages.length;
      const described = [messages.length ? error.id : "", root.querySelector(`#${hint}`) ? hint : ""];
      const ids = described.filter(Boolean).join(" ");
      if (ids) control.setAttribute("aria-describedby", ids);
      else control.removeAttribute("aria-describedby");
      if (messages.length && name !== "sms") control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    }
    summaryList.replaceChildren();
    for (const p of problems) {
      const field = FIELD_OF[p.field] ?? "received";
      const target = field === "sms" ? form.querySelector('input[name="sms"]:checked') ?? form.querySelector('input[name="sms"]') : fieldParts(field).control;
      const link = el("a", { href: `#${target.id}`, text: p.message });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        event.stopPropagation(); // not a page change for Material's instant navigation
        target.focus();
      });
      summaryList.append(el("li", {}, [link]));
    }
    summary.hidden = !problems.length;
    if (problems.length) summary.focus();
  }

  let latest = 0;
  async function run(values) {
    const mine = ++latest;
    notice.hidden = true;
    root.setAttribute("aria-busy", "true");
    if (ready) status.textContent = t("ui.timeline.planning");
    try {
      const response = await rt.request({
        check: "timeline",
        received: values.received,
        tz: values.tz,
        sms: values.sms ?? "none",
        forwarding: values.forwarding === "1",
      });
      if (!root.isConnected || mine !== latest) return;
      if (!response.ok) throw new Error(response.message);
      const report = response.report;
      showProblems(report.problems);
      if (report.problems.length) {
        results.replaceChildren();
        status.textContent = t("ui.timeline.problems", { count: report.problems.length });
        return;
      }
      render(report, values);
      status.textContent = t("ui.timeline.planned", { count: report.milestones.length });
    } catch (error) {
      if (mine === latest && root.isConnected) showFailure(error);
    } finally {
      if (mine === latest) root.removeAttribute("aria-busy");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(inputs());
  });

  // A plan link: fill the form the way a person would, then plan.
  function fromFragment() {
    const found = readFragment(location.hash);
    if (!found) return;
    if (found.reason) {
      results.replaceChildren();
      notice.textContent = t("ui.timeline.link.bad", { reason: t(`ui.timeline.link.reason.${found.reason}`) });
      notice.hidden = false;
      return;
    }
    const { values } = found;
    received.value = values.received;
    received.dispatchEvent(new Event("input"));
    if (values.tz) setZone(values.tz);
    const sms = form.querySelector(`input[name="sms"][value="${values.sms ?? "none"}"]`);
    sms.checked = true;
    forwarding.checked = values.forwarding === "1";
    run({ ...values, tz: values.tz ?? zone.value });
  }
  function onHashChange() {
    if (!root.isConnected) window.removeEventListener("hashchange", onHashChange);
    else fromFragment();
  }
  window.addEventListener("hashchange", onHashChange);
  fromFragment();
  // Shown only now: a click before the handler would submit the form natively.
  root.hidden = false;

  function render(report, values) {
    const zoneName = report.display_zone;
    const titles = Object.fromEntries(report.milestones.map((m) => [m.milestone, m.title]));
    const list = el("ol", { class: "tl-list" });
    for (const m of report.milestones) {
      const item = el("li", { class: "tl-item", dataset: { milestone: m.milestone } });
      item.append(el("p", { class: "tl-title" }, [el("strong", { text: m.title })]));
      if (m.at) {
        item.append(
          el("dl", { class: "tl-when" }, [
            el("dt", { text: t("ui.timeline.at.local", { zone: zoneName }) }),
            el("dd", { class: "tl-local", text: m.local_text, dataset: { at: m.at_local } }),
            el("dt", { text: t("ui.timeline.at.eastern") }),
            el("dd", { class: "tl-eastern", text: m.eastern_text, dataset: { at: m.at_eastern } }),
          ]),
        );
      } else {
        item.classList.add("tl-item--action");
        item.append(el("p", { class: "tl-after", text: t("ui.timeline.no-time", { after: titles[m.after] ?? m.after }) }));
      }
      item.append(el("p", { class: "tl-explanation", text: m.explanation }));
      list.append(item);
    }

    const done = el("p", { class: "tl-done", role: "status" });
    const icsButton = el("button", { type: "button", class: "md-button", "aria-describedby": "tl-ics-hint", text: t("ui.timeline.ics") });
    icsButton.addEventListener("click", () => {
      const blob = new Blob([report.ics], { type: "text/calendar;charset=utf-8" });
      const link = el("a", { href: URL.createObjectURL(blob), download: "porting-timeline.ics" });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      done.textContent = t("ui.timeline.ics.done");
    });
    const url = new URL(location.href);
    url.hash = fragmentOf(values);
    const share = el("a", {
      class: "tl-share",
      href: url.href,
      "aria-describedby": "tl-link-hint",
      text: t("ui.timeline.link"),
    });
    // Followed in this page, the link plans here. Kept from Material's instant
    // navigation, which would reload the page's content and lose the plan.
    share.addEventListener("click", (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      history.pushState(history.state, "", share.href);
      fromFragment();
    });
    const unshare = clearLinkButton(t, done);
    const actions = el("div", { class: "checker-actions tl-actions" }, [
      icsButton,
      share,
      unshare,
      el("p", { class: "hint", id: "tl-ics-hint", text: t("ui.timeline.ics.hint") }),
      el("p", { class: "hint", id: "tl-link-hint", text: t("ui.timeline.link.hint") }),
      done,
    ]);

    results.replaceChildren(
      el("h2", { class: "tl-heading", id: "tl-results-title", text: t("ui.timeline.results.title") }),
      list,
      actions,
      el("h3", { class: "tl-chart-title", text: t("ui.timeline.chart.title") }),
      chart(report),
    );
  }

  function chart(report) {
    const dated = report.milestones.filter((m) => m.at);
    const start = Date.parse(report.received);
    const ms = (m) => Date.parse(m.at) - start;
    const from = { "picked-up": "received", "processed-by": "picked-up", "port-date-confirmed-by": "received" };
    const byId = Object.fromEntries(dated.map((m) => [m.milestone, m]));
    const days = Math.max(1, Math.ceil(Math.max(...dated.map(ms)) / 86_400_000));
    const { left, right, top, row, axis } = CHART;
    const width = Math.round(Math.min(CHART.max, Math.max(CHART.min, results.clientWidth || CHART.max)));
    const span = width - left - right;
    const x = (offset) => left + (span * offset) / (days * 86_400_000);
    const height = top + dated.length * row + axis;
    const base = top + dated.length * row;

    const figure = svg("svg", {
      class: "tl-chart",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-label": t("ui.timeline.chart.label"),
    });
    const grid = svg("g", { class: "tl-chart-grid" });
    const every = Math.ceil(days / 14); // at most 15 day marks
    for (let d = 0; d <= days; d += every) {
      grid.append(svg("line", { x1: x(d * 86_400_000), x2: x(d * 86_400_000), y1: top, y2: base + 6 }));
      grid.append(svg("text", { x: x(d * 86_400_000), y: base + 22, "text-anchor": "middle", text: String(d) }));
    }
    grid.append(svg("text", { class: "tl-chart-axis", x: left + span / 2, y: base + 44, "text-anchor": "middle", text: t("ui.timeline.chart.axis") }));
    figure.append(grid);

    dated.forEach((m, i) => {
      const y = top + i * row;
      const end = x(ms(m));
      const begin = from[m.milestone] && byId[from[m.milestone]] ? x(ms(byId[from[m.milestone]])) : end;
      const group = svg("g", { class: `tl-chart-row tl-chart-row--${m.milestone}` });
      const label = svg("text", { class: "tl-chart-label", x: left, y: y + 14 }, [
        svg("tspan", { class: "tl-chart-name", text: `${m.title}: ` }),
        svg("tspan", { x: left, dy: 17, text: m.local_text }),
      ]);
      group.append(
        label,
        svg("line", { class: "tl-chart-track", x1: left, x2: left + span, y1: y + 46, y2: y + 46 }),
        svg("rect", { class: "tl-chart-bar", x: begin, y: y + 41, width: Math.max(0, end - begin), height: 10, rx: 3 }),
        svg("circle", { class: "tl-chart-dot", cx: end, cy: y + 46, r: 6 }),
      );
      figure.append(group);
    });
    return el("div", { class: "tl-chart-wrap" }, [figure]);
  }
}
