// What a checker shows when the runtime cannot run (issue 7): why, in words
// (messages runtime.<reason>), and the manual route beside it: the email
// text for support, the guidance that does the same by hand, and Try again.
// Whatever the person typed stays where it is.
import { copyEmailButton, el } from "./dom.mjs";

// The reason as a sentence, naming the file concerned if there is one.
function failureReason(t, failure) {
  const reason = t(`runtime.${failure.reason ?? "crashed"}`);
  return failure.file ? `${reason} ${t("runtime.file", { file: failure.file })}` : reason;
}

// kind: eligibility | loa | timeline (the link's text: ui.manual.link.<kind>);
// failed: the status line's message key ({reason});
// emailText(): the text to copy for support, or null for none;
// restart(): start the runtime again. The link comes from the page
// (data-manual-link, written by the macros from the data's anchors).
export function manualRoute(root, t, { kind, failed, emailText = null, restart }) {
  const status = root.querySelector(".checker-status");
  let panel = null; // built on the first failure: a working checker has none
  let detail = null;

  function build() {
    const note = el("p", { class: "checker-copied", role: "status" });
    detail = el("p", { class: "checker-manual__detail" });
    const actions = el("div", { class: "checker-actions" });
    let box = null;
    if (emailText) {
      const [copy, shown] = copyEmailButton(t, emailText, note);
      actions.append(copy);
      box = shown;
    }
    if (root.dataset.manualLink) {
      actions.append(el("a", { class: "md-button", href: root.dataset.manualLink, text: t(`ui.manual.link.${kind}`) }));
    }
    const retry = el("button", { type: "button", class: "md-button", text: t("ui.manual.retry") });
    retry.addEventListener("click", () => {
      panel.hidden = true;
      restart();
    });
    actions.append(retry);
    panel = el("div", { class: "checker-manual" }, [actions, note, box, detail]);
    status.after(panel);
  }

  return {
    // The failure in the status line, and the panel; returns the status text.
    show(failure) {
      if (!panel) build();
      detail.textContent = t("ui.manual.detail", { error: failure.error ?? failure.message ?? "" });
      panel.hidden = false;
      status.textContent = t(failed, { reason: failureReason(t, failure) });
      return status.textContent;
    },
    hide() {
      if (panel) panel.hidden = true;
    },
  };
}

// A form's filled-in fields as "label: value" lines, for an email to support.
export function formText(form) {
  const lines = [];
  for (const control of form.elements) {
    if (!("value" in control) || control.type === "file" || control.type === "button" || control.type === "submit") continue;
    if (!control.value.trim() || control.closest("[hidden]")) continue;
    const label = (control.labels?.[0]?.textContent ?? control.getAttribute("aria-label") ?? control.name).trim();
    if (control.type === "radio" || control.type === "checkbox") {
      if (control.checked) lines.push(label); // the choice is its label
      continue;
    }
    const value = (control.tagName === "SELECT" ? control.selectedOptions[0]?.textContent ?? "" : control.value).trim();
    lines.push(value.includes("\n") ? `${label}:\n${value}` : `${label}: ${value}`);
  }
  return lines.join("\n");
}
