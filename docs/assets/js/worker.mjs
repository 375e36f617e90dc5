// Module worker: boots Pyodide from this site only, installs the pinned
// wheels listed in runtime.json (phonenumbers, tzdata, our `checks`) and
// answers requests through checks.bridge, the same code CPython runs.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const assets = new URL("../", import.meta.url);
let booting = null;

function post(message) {
  self.postMessage(message);
}

async function fetchOk(path, as) {
  const response = await fetch(new URL(path, assets), { cache: "no-cache" });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return as === "json" ? response.json() : response.text();
}

async function boot() {
  post({ type: "state", stage: "runtime", step: 1, steps: 3 });
  const pyodide = await loadPyodide({
    indexURL: new URL("pyodide/", assets).href,
    stdout: () => {},
    stderr: () => {},
  });
  post({ type: "state", stage: "packages", step: 2, steps: 3 });
  const manifest = await fetchOk("data/runtime.json", "json");
  await pyodide.loadPackage(
    manifest.wheels.map((name) => new URL(`wheels/${name}`, assets).href),
    { messageCallback: () => {}, errorCallback: () => {} },
  );
  post({ type: "state", stage: "data", step: 3, steps: 3 });
  const coverage = await fetchOk("data/coverage.json", "text");
  const bridge = pyodide.pyimport("checks.bridge");
  bridge.init(coverage);
  // Import phonenumbers' metadata now, not on the first check.
  bridge.handle(JSON.stringify({ check: "eligibility", text: "+33 1 42 68 53 00" }));
  post({ type: "state", stage: "ready" });
  return bridge;
}

function ready() {
  booting ??= boot().catch((error) => {
    post({ type: "state", stage: "failed", error: String(error?.message ?? error) });
    throw error;
  });
  return booting;
}

// Assigned before any await: messages sent during the boot are not lost.
self.onmessage = async ({ data }) => {
  if (data.type === "boot") {
    ready().catch(() => {});
    return;
  }
  if (data.type !== "request") return;
  try {
    const bridge = await ready();
    const response = JSON.parse(bridge.handle(JSON.stringify(data.body)));
    post({ type: "response", id: data.id, response });
  } catch (error) {
    post({ type: "response", id: data.id, error: String(error?.message ?? error) });
  }
};
