// Material's bundle, started once the page has been painted.
//
// As a deferred script the bundle ran right after the HTML was parsed, before
// the article's first paint: the largest paint waited on its evaluation and
// first mount (~150 ms here, four times that on a phone). Lighthouse put the
// largest paint of loa/ at 2.2 s instead of 1.4 s (BENCHMARKS.md).
//
// The theme mounts when DOMContentLoaded fires (its `document$`); if that
// has happened by the time it has loaded, the event is fired again for it.
// Then "theme:loaded" tells the site's script (app.mjs), which binds its
// widgets on every instant navigation through `document$`.
(() => {
  const loader = document.currentScript;
  let contentLoaded = false;
  document.addEventListener("DOMContentLoaded", () => (contentLoaded = true), { once: true });
  const start = () => {
    const bundle = document.createElement("script");
    bundle.src = loader.dataset.bundle;
    // The load event comes in the task that evaluated the bundle: the mount
    // gets a task of its own (two shorter tasks block the page less).
    bundle.addEventListener("load", () =>
      setTimeout(() => {
        if (contentLoaded) document.dispatchEvent(new Event("DOMContentLoaded"));
        document.dispatchEvent(new Event("theme:loaded"));
      }),
    );
    document.body.append(bundle);
  };
  // The frame after the parse is painted before a timer set in it runs.
  requestAnimationFrame(() => setTimeout(start));
})();
