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
