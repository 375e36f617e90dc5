// Shareable checks: a checker's inputs in the URL fragment (#check=...&...).
// Browsers never send the fragment to a server. Reading is strict: unknown
// keys, a different checker, over-long values or undecodable text are refused
// with a reason code (worded by ui.share.reason.<reason>), and nothing runs.
import { el } from "./dom.mjs";

export const MAX_FRAGMENT = 200_000;

export function readShared(check, fields) {
  const raw = location.hash.slice(1);
  if (!raw.startsWith("check=")) return null; // an ordinary anchor, not a shared check
  if (raw.length > MAX_FRAGMENT) return { reason: "too-long" };
  let params;
  try {
    params = new URLSearchParams(raw);
    for (const value of params.values()) decodeURIComponent(encodeURIComponent(value));
  } catch {
    return { reason: "damaged" };
  }
  if (params.get("check") !== check) return null; // another checker's link
  const values = {};
  for (const [key, value] of params) {
    if (key === "check") continue;
    const rule = fields[key];
    if (!rule) return { reason: "unknown-part", key: key.slice(0, 20) };
    if (key in values) return { reason: "repeated", key };
    if (value.length > rule.max) return { reason: "value-too-long", key };
    if (rule.pattern && !rule.pattern.test(value)) return { reason: "value-form", key };
    values[key] = value;
  }
  return { values };
}

// A refused link, in words: "This link to a check could not be used (why)…".
export function refusalText(t, reason, key = "") {
  return t("ui.share.bad", { error: t(`ui.share.reason.${reason}`, { key }) });
}

export function shareUrl(check, values) {
  const params = new URLSearchParams({ check, ...values });
  const url = new URL(location.href);
  url.hash = params.toString();
  return url.href;
}

export function clearShared() {
  const url = new URL(location.href);
  url.hash = "";
  history.replaceState(history.state, "", url.pathname + url.search);
}

// "Copy link to this check": values() gives the inputs at the click; `note`
// (a role=status element) says what happened.
export function copyLinkButton(t, check, values, note) {
  const button = el("button", { type: "button", class: "md-button", text: t("ui.share.copy") });
  button.addEventListener("click", async () => {
    const url = shareUrl(check, values());
    history.replaceState(history.state, "", url);
    try {
      await navigator.clipboard.writeText(url);
      note.textContent = t("ui.share.copied");
    } catch {
      note.textContent = t("ui.copy.failed");
    }
  });
  return button;
}

// "Remove the link from the address bar".
export function clearLinkButton(t, note) {
  const button = el("button", { type: "button", class: "md-button", text: t("ui.share.clear") });
  button.addEventListener("click", () => {
    clearShared();
    note.textContent = t("ui.share.cleared");
  });
  return button;
}
