// Deep links support can rely on: a "Copy link" button beside every
// registered heading (class "linkable", id from the data), the support page's
// copy buttons, and old ids (aliases) sent on to their new place.
const siteRoot = new URL("../../", import.meta.url);

function announce(root, button, message) {
  let note = button.nextElementSibling;
  if (!note || !note.classList.contains("copy-note")) {
    note = document.createElement("span");
    note.className = "copy-note";
    note.setAttribute("role", "status");
    button.after(note);
  }
  note.textContent = message;
  setTimeout(() => {
    if (note.textContent === message) note.textContent = "";
  }, 4000);
}

async function copy(root, button, url) {
  try {
    await navigator.clipboard.writeText(url);
    announce(root, button, "Link copied");
  } catch {
    announce(root, button, `Copy this link: ${url}`);
  }
}

function headingText(heading) {
  const clone = heading.cloneNode(true);
  for (const extra of clone.querySelectorAll(".headerlink, .copy-link, .copy-note")) extra.remove();
  return clone.textContent.trim();
}

export function bindDeepLinks(root) {
  for (const heading of root.querySelectorAll(".linkable[id]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copy link";
    button.setAttribute("aria-label", `Copy link to “${headingText(heading)}”`);
    button.addEventListener("click", () => {
      const url = new URL(location.href);
      url.hash = heading.id;
      url.search = "";
      copy(root, button, url.href);
    });
    heading.append(button);
  }
  for (const button of root.querySelectorAll("button.copy-link[data-copy-path]")) {
    button.hidden = false;
    button.addEventListener("click", () => copy(root, button, new URL(button.dataset.copyPath, siteRoot).href));
  }
  followAlias(root);
}

// An old id that was renamed or moved: go to where it lives now.
function followAlias(root) {
  let id;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // a damaged fragment (%E0%A4%A) is no one's id; it must not stop the other widgets
  }
  if (!id) return;
  const anchor = root.querySelector(`a.alias-anchor[id="${CSS.escape(id)}"]`);
  if (anchor) location.replace(new URL(anchor.dataset.aliasTo, location.href));
}
