// Eligibility checker widget. The form comes from the page (macro
// `eligibility_checker`); this binds it to the shared runtime and renders the
// report with textContent only. The typed list is never cleared or sent anywhere.
import { copyEmailButton, el } from "./dom.mjs";
import { format, grouped, loadMessages } from "./i18n.mjs";
import { runtime } from "./runtime.mjs";
import { clearLinkButton, copyLinkButton, readShared, refusalText } from "./share.mjs";
import { manualRoute } from "./unavailable.mjs";

const SHARED_FIELDS = {
  numbers: { max: 150_000 },
  country: { max: 2, pattern: /^([A-Z]{2})?$/ },
};

// What was typed, kept for this tab only (memory, never stored): instant
// navigation swaps the page's content, Back included, and the list comes back.
let memory = null;

const PAGE_ROWS = 500;

const COLUMNS = [
  ["input", "ui.col.input"],
  ["e164", "ui.col.e164"],
  ["region", "ui.col.region"],
  ["type", "ui.col.type"],
  ["verdict", "ui.col.verdict"],
  ["message", "ui.col.message"],
  ["next_step", "ui.col.next"],
];


// The typed list, one entry per line, for an email to support.
function listed(text) {
  return text
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

export async function bindEligibility(root) {
  const form = root.querySelector("form");
  const textarea = root.querySelector("textarea");
  const country = root.querySelector("select");
  const fieldError = root.querySelector(".field-error");
  const status = root.querySelector(".checker-status");
  const results = root.querySelector(".checker-results");
  const rt = runtime(); // the worker boots while the texts load and the reader reads

  let t;
  try {
    const table = await loadMessages();
    t = (key, fields) => format(table, key, fields);
  } catch (error) {
    root.hidden = false;
    status.textContent = `The checker could not start (${error.message}). Send your list to support by email instead.`;
    return;
  }

  let ready = false;
  let runtimeText = ""; // what the runtime last wrote in the status line
  const manual = manualRoute(root, t, {
    kind: "eligibility",
    failed: "ui.failed",
    emailText: () => t("ui.manual.email.eligibility", { text: listed(textarea.value) }),
    restart: () => rt.restart() || form.requestSubmit(),
  });
  const showFailure = (failure) => (runtimeText = manual.show(failure));
  rt.onState((state) => {
    if (!root.isConnected) return;
    ready = state.stage === "ready";
    if (state.stage === "failed") return showFailure(state);
    manual.hide();
    // Another message (a shared link's error, a summary) stays.
    if (status.textContent && status.textContent !== runtimeText) return;
    if (state.stage === "ready") {
      status.textContent = runtimeText = t("ui.ready");
    } else if (state.step) {
      status.textContent = runtimeText = t("ui.loading", {
        step: state.step,
        steps: state.steps,
        what: t(`ui.loading.${state.stage}`),
      });
    }
  });

  function showFieldError(message) {
    fieldError.textContent = message;
    fieldError.hidden = !message;
    if (message) textarea.setAttribute("aria-invalid", "true");
    else textarea.removeAttribute("aria-invalid");
    textarea.setAttribute(
      "aria-describedby",
      message ? "elig-numbers-error elig-numbers-hint" : "elig-numbers-hint",
    );
  }

  const remember = () => {
    memory = { numbers: textarea.value, country: country.value };
  };
  textarea.addEventListener("input", remember);
  country.addEventListener("change", remember);

  // A shared link (#check=eligibility&numbers=...): fill the form and run it.
  const shared = readShared("eligibility", SHARED_FIELDS);
  if (memory && !shared?.values) {
    textarea.value = memory.numbers;
    country.value = memory.country;
  }
  if (shared?.reason) {
    status.textContent = refusalText(t, shared.reason, shared.key);
  } else if (shared?.values) {
    const wanted = shared.values.country ?? "";
    if (wanted && !country.querySelector(`option[value="${wanted}"]`)) {
      status.textContent = refusalText(t, "unknown-country");
    } else {
      textarea.value = shared.values.numbers ?? "";
      country.value = wanted;
      remember();
      queueMicrotask(() => form.requestSubmit());
    }
  }

  // The documented limits, checked here too so an oversized paste gets its
  // message at once, without waiting for the runtime.
  const maxChars = Number(root.dataset.maxChars);
  const maxEntries = Number(root.dataset.maxEntries);
  const n = grouped;

  function overLimit(text) {
    if (text.length > maxChars) {
      return t("eligibility.input-too-large", { size: n(text.length), limit: n(maxChars) });
    }
    const entries = text.split(/[\r\n\t,;\u2028\u2029\x85]+/).filter((e) => e.trim()).length;
    if (entries > maxEntries) {
      return t("eligibility.too-many-entries", { size: n(entries), limit: n(maxEntries) });
    }
    return "";
  }

  const fileInput = root.querySelector('input[type="file"]');
  fileInput?.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    // A file of the maximum length in characters can hold up to 4 bytes per character.
    if (file.size > maxChars * 4) {
      showFieldError(t("ui.file.too-large", { size: n(file.size), limit: n(maxChars * 4) }));
      return;
    }
    try {
      // Bytes that are not UTF-8 become U+FFFD, as on the command line.
      textarea.value = (await file.text()).replace(/^\ufeff/, "");
      remember();
      showFieldError("");
      status.textContent = t("ui.file.read", { name: file.name });
    } catch (error) {
      showFieldError(t("ui.file.failed", { error: error.message }));
    }
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = textarea.value;
    if (!text.trim()) {
      showFieldError(t("ui.empty"));
      textarea.focus();
      return;
    }
    const tooMuch = overLimit(text);
    if (tooMuch) {
      showFieldError(`${tooMuch} ${t("eligibility.refused.next")}`);
      status.textContent = tooMuch;
      textarea.focus();
      return;
    }
    showFieldError("");
    results.replaceChildren();
    root.setAttribute("aria-busy", "true");
    if (ready) status.textContent = t("ui.checking", { count: "…" });
    try {
      const progress = ({ done, total }) => {
        if (root.isConnected) status.textContent = t("ui.checking.progress", { done: n(done), total: n(total) });
      };
      const response = await rt.request({ check: "eligibility", text, country: country.value }, { progress });
      if (!root.isConnected) return;
      if (!response.ok) throw new Error(response.message);
      const report = response.report;
      if (report.refused) {
        showFieldError(report.refused_message);
        status.textContent = report.refused_message;
        return;
      }
      render(report);
      status.textContent = t("ui.summary", { count: report.results.length }) + " " + summaryText(report);
    } catch (error) {
      if (root.isConnected) showFailure(error);
    } finally {
      root.removeAttribute("aria-busy");
    }
  });
  // Shown only now: a click before the handler would submit the form natively.
  root.hidden = false;

  function summaryText(report) {
    return Object.entries(report.by_verdict)
      .map(([verdict, n]) => `${n} ${t(`verdict.${verdict}`).toLowerCase()}`)
      .join(", ");
  }

  function rowOf(r) {
    const row = el("tr", { dataset: { verdict: r.verdict, e164: r.e164 ?? "" } });
    for (const [field] of COLUMNS) {
      const cell = el("td");
      if (field === "verdict") {
        cell.append(el("span", { class: `badge badge--${r.verdict}`, text: t(`verdict.${r.verdict}`) }));
      } else if (field === "type") {
        cell.textContent = r.type ? t(`type.${r.type}`) : "—";
      } else if (field === "region") {
        cell.textContent = r.region && r.region !== "001" ? `${t(`country.${r.region}`)} (${r.region})` : "—";
      } else {
        cell.textContent = r[field] ?? "—";
      }
      row.append(cell);
    }
    return row;
  }

  function render(report) {
    const summary = el("ul", { class: "checker-summary" });
    for (const [verdict, n] of Object.entries(report.by_verdict)) {
      summary.append(
        el("li", {}, [el("span", { class: `badge badge--${verdict}`, text: t(`verdict.${verdict}`) }), ` ${n}`]),
      );
    }

    const head = el("tr", {}, COLUMNS.map(([, key]) => el("th", { scope: "col", text: t(key) })));
    const body = el("tbody");
    const total = report.results.length;
    const table = el("table", { class: "checker-table", dataset: { total: String(total) } }, [
      el("caption", { text: t("ui.summary", { count: total }) + " " + summaryText(report) }),
      el("thead", {}, [head]),
      body,
    ]);
    // A page of rows at a time: laying out 10,000 rows at once blocks the
    // page for seconds (BENCHMARKS.md). The CSV has every row.
    const where = el("p", { class: "checker-pager__where" });
    const previous = el("button", { type: "button", class: "md-button", text: t("ui.pages.previous") });
    const next = el("button", { type: "button", class: "md-button", text: t("ui.pages.next") });
    const pager = el("nav", { class: "checker-pager", "aria-label": t("ui.pages.label") }, [previous, next, where]);
    pager.hidden = total <= PAGE_ROWS;
    let first = 0;
    function showPage(start) {
      first = start;
      body.replaceChildren(...report.results.slice(first, first + PAGE_ROWS).map(rowOf));
      where.textContent = t("ui.pages.where", {
        from: n(first + 1),
        to: n(Math.min(first + PAGE_ROWS, total)),
        total: n(total),
      });
      previous.disabled = first === 0;
      next.disabled = first + PAGE_ROWS >= total;
    }
    previous.addEventListener("click", () => {
      showPage(Math.max(0, first - PAGE_ROWS));
      table.scrollIntoView({ block: "start" });
    });
    next.addEventListener("click", () => {
      showPage(first + PAGE_ROWS);
      table.scrollIntoView({ block: "start" });
    });
    showPage(0);

    const copied = el("p", { class: "checker-copied", role: "status" });
    const csvButton = el("button", { type: "button", class: "md-button", text: t("ui.download.csv") });
    csvButton.addEventListener("click", () => {
      const blob = new Blob(["\ufeff" + report.csv], { type: "text/csv;charset=utf-8" });
      const link = el("a", { href: URL.createObjectURL(blob), download: "numbers-for-verification.csv" });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });
    const emailText = `${report.email.subject}\n\n${report.email.body}`;
    const [emailButton, emailBox] = copyEmailButton(t, () => emailText, copied);
    const values = () => ({ numbers: textarea.value, country: country.value });
    const shareButton = copyLinkButton(t, "eligibility", values, copied);
    const clearButton = clearLinkButton(t, copied);
    const actions = el("div", { class: "checker-actions" }, [
      csvButton,
      emailButton,
      shareButton,
      clearButton,
      copied,
      emailBox,
    ]);

    results.replaceChildren(summary, el("div", { class: "table-wrap" }, [table]), pager, actions);
  }
}
