// Module worker: starts Python from this site only (boot.mjs: a build-time
// memory snapshot, or the full boot from the pinned wheels listed in
// runtime.json) and answers requests through checks.bridge, the same code
// CPython runs.
const assets = new URL("../", import.meta.url);
let booting = null;

// Everything starts at once, before anything waits: the manifest, then the
// snapshot's files as soon as it names them, and the runtime's code.
const manifest = fetchOk("data/runtime.json", { cache: "no-cache" }).then((r) => r.json());
const early = new Map();
manifest
  .then(({ snapshot }) => {
    for (const name of snapshot ? [snapshot.memory, ...snapshot.packages] : []) {
      early.set(snapshot.base + name, download(snapshot.base + name));
    }
  })
  .catch(() => {});
const bootModule = import("./boot.mjs");
const pyodideModule = import("../pyodide/pyodide.mjs");
const asmModule = import("../pyodide/pyodide.asm.mjs");
for (const module of [bootModule, pyodideModule, asmModule]) module.catch(() => {});

async function download(path) {
  return new Uint8Array(await (await fetchOk(path)).arrayBuffer());
}

function post(message) {
  self.postMessage(message);
}

async function fetchOk(path, init) {
  const response = await fetch(new URL(path, assets), init);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

async function boot() {
  const [{ bootRuntime }, { loadPyodide }] = await Promise.all([bootModule, pyodideModule]);
  const m = await manifest;
  const runtime = await bootRuntime({
    loadPyodide,
    asm: () => asmModule,
    indexURL: new URL("pyodide/", assets).href,
    manifest: m,
    bytes: (path) => {
      const started = early.get(path);
      early.delete(path);
      return started ?? download(path);
    },
    text: async (path) => (await fetchOk(path, { cache: "no-cache" })).text(),
    location: (path) => new URL(path, assets).href,
    progress: (stage, step, steps) => post({ type: "state", stage, step, steps }),
    warn: (message) => console.warn(message),
  });
  post({ type: "state", stage: "ready" });
  setTimeout(() => warmUp(runtime.bridge, 6), 100);
  return runtime;
}

// While the reader reads: a few small checks let the engine optimise the
// interpreter's hot code before the first real request (each takes tens of
// ms, so a request that arrives meanwhile waits little).
const WARM_UP = JSON.stringify({
  check: "eligibility",
  text: [
    "+33 1 42 68 53 00", "0044 20 7946 0000", "+49 30 901820", "+34 912 345 678",
    "+39 06 6982", "+31 20 123 4567", "+46 8 123 456 78", "+45 32 12 34 56",
    "+52 55 1234 5678", "+55 11 2345 6789", "+27 21 123 4567", "+971 4 123 4567",
    "+1 212 555 0100", "+33 6 12 34 56 78", "not a number", "+33 1 42 68 53 00",
  ].join("\n"),
});

function warmUp(bridge, rounds) {
  if (rounds <= 0) return;
  bridge.handle(WARM_UP);
  setTimeout(() => warmUp(bridge, rounds - 1), 30);
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
    const runtime = await ready();
    await runtime.ensure(data.body?.check);
    const json = runtime.bridge.handle(JSON.stringify(data.body));
    post({ type: "response", id: data.id, json });
  } catch (error) {
    post({ type: "response", id: data.id, error: String(error?.message ?? error) });
  }
};
