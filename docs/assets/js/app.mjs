// The site's one script (extra_javascript). It runs once per full page load;
// Material's instant navigation swaps the content and emits on `document$`,
// so widgets are bound there. Guidance pages load nothing else: the runtime
// starts only on a page that has a checker.
import { bindCoverageFilter } from "./coverage-filter.mjs";
import { bindDeepLinks } from "./deep-links.mjs";
import { bindEligibility } from "./eligibility.mjs";
import { bindLoa } from "./loa.mjs";
import { bindTimeline } from "./timeline.mjs";

const widgets = [
  ["article.md-content__inner", bindDeepLinks],
  ["[data-coverage-filter]", bindCoverageFilter],
  ['[data-checker="eligibility"]', bindEligibility],
  ['[data-checker="loa"]', bindLoa],
  ['[data-checker="timeline"]', bindTimeline],
];

// Links inside a checker (error summary, share links) are handled by the
// checker; Material's instant navigation, which listens on the body, would
// otherwise reload the content and lose what was typed. A plain in-page link
// the checker leaves alone is followed here as the browser would, but
// without the popstate a fragment navigation fires, on which instant
// navigation reloads the content too.
function keepChecker(root) {
  root.addEventListener("click", (event) => {
    const link = event.target.closest?.('a[href^="#"]');
    if (!link) return;
    event.stopPropagation();
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (event.defaultPrevented || !target) return;
    event.preventDefault();
    history.pushState(history.state, "", link.hash);
    target.scrollIntoView();
  });
}

function bindAll() {
  for (const [selector, bind] of widgets) {
    for (const element of document.querySelectorAll(selector)) {
      if (element.dataset.bound) continue;
      element.dataset.bound = "true";
      if (element.dataset.checker) keepChecker(element);
      bind(element);
    }
  }
}

// The widgets bind as soon as the page is parsed; Material's bundle comes
// after the first paint (theme-late.js), and from then on its `document$`
// emits the page after each instant navigation.
const followTheme = () => window.document$?.subscribe(bindAll);
if (window.document$) followTheme();
else document.addEventListener("theme:loaded", followTheme, { once: true });
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", bindAll, { once: true });
} else {
  bindAll();
}
