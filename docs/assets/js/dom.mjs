// The one DOM helper of the widgets: elements are built with textContent and
// attributes only, never from HTML strings, so whatever a person pastes stays
// inert text. Props that are undefined, null or false are left out; true
// becomes an empty attribute.
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

// "Copy email text for support": a button that puts text() on the clipboard,
// and a read-only box that shows it, selected, where the clipboard is
// refused; `note` (role=status) says which. Returns [button, box].
export function copyEmailButton(t, text, note) {
  const button = el("button", { type: "button", class: "md-button", text: t("ui.copy.email") });
  const box = el("textarea", {
    class: "checker-email",
    readonly: true,
    rows: "6",
    hidden: true,
    "aria-label": t("ui.copy.email"),
  });
  button.addEventListener("click", async () => {
    box.value = text();
    try {
      await navigator.clipboard.writeText(box.value);
      box.hidden = true;
      note.textContent = t("ui.copied");
    } catch {
      box.hidden = false; // select and copy by hand
      box.select();
      note.textContent = t("ui.copy.failed");
    }
  });
  return [button, box];
}
