// From the <head> of a page with a checker (overrides/main.html), as a
// classic async script: it runs as soon as it arrives, while the theme's
// bundle still loads, and starts the runtime's worker then (issue 6: the
// downloads begin ~0.5 s sooner at 20 Mbit/s). What the worker says before
// the widgets load is kept for runtime.mjs, which takes this worker over.
(function () {
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") return;
  var script = document.currentScript;
  var heard = [];
  var worker;
  try {
    worker = new Worker(new URL("worker.mjs", script.src), { type: "module" });
  } catch (error) {
    return; // runtime.mjs tries again and words the failure
  }
  worker.onmessage = function (event) {
    heard.push({ data: event.data });
  };
  worker.onerror = function (event) {
    event.preventDefault();
    heard.push({ error: event.message || "" });
  };
  worker.postMessage({ type: "boot" });
  window.__portingWorker = { worker: worker, heard: heard };
})();
