// From the <head> of a page with a checker (overrides/main.html), as a classic
// async script. A link that carries a check (#check=…, share.mjs) means the
// reader came for its answer, so the runtime's worker starts now, while the
// page and the theme still load, not once the widgets have (issue 6: the
// downloads begin ~0.5 s sooner at 20 Mbit/s). Any other visit starts it on
// bind, as before: then the page paints and mounts without a worker competing
// for the CPU (Lighthouse lost 5–8 points when every visit started it here).
// What the worker says before the widgets load is kept for runtime.mjs, which
// takes this worker over.
(function () {
  if (!/^#check=/.test(location.hash)) return;
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
