// Shareable checks: a checker's inputs in the URL fragment (#check=...&...).
// Browsers never send the fragment to a server. Reading is strict: unknown
// keys, a different checker, over-long values or undecodable text are refused
// with a message, and nothing runs.
export const MAX_FRAGMENT = 200_000;

export function readShared(check, fields) {
  const raw = location.hash.slice(1);
  if (!raw.startsWith("check=")) return null; // an ordinary anchor, not a shared check
  if (raw.length > MAX_FRAGMENT) return { error: "the link is too long" };
  let params;
  try {
    params = new URLSearchParams(raw);
    for (const value of params.values()) decodeURIComponent(encodeURIComponent(value));
  } catch {
    return { error: "the link is damaged" };
  }
  if (params.get("check") !== check) return null; // another checker's link
  const values = {};
  for (const [key, value] of params) {
    if (key === "check") continue;
    const rule = fields[key];
    if (!rule) return { error: `the link has an unknown part (“${key.slice(0, 20)}”)` };
    if (key in values) return { error: `the link repeats “${key}”` };
    if (value.length > rule.max) return { error: `“${key}” is too long` };
    if (rule.pattern && !rule.pattern.test(value)) return { error: `“${key}” is not in the expected form` };
    values[key] = value;
  }
  return { values };
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
