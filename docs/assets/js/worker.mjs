// Module worker: starts Python from this site only (boot.mjs: a build-time
// memory snapshot, or the full boot from the pinned wheels listed in
// runtime.json) and answers requests through checks.bridge, the same code
// CPython runs. When it cannot start, it says why (issue 7: a reason code the
// page words, and the file concerned) instead of waiting for ever.
const assets = new URL("../", import.meta.url);
let booting = null;
let bootDone = false; // the boot has finished

// Every download is watched, Pyodide's own included: a file that stops
// arriving, a missing file or a refused request becomes the reason the
// checker gives. The body is read through a clone, so the original response
// (its URL, its streaming compilation) is untouched.
const STALL_MS = 5000; // no byte of a download for this long: it has stalled
const IDLE_MS = 4000; // no download and no CPU work, yet not started: stuck
const downloads = new Set();
const prefetched = new Map(); // url -> the response promise of a fetch started early
const problems = [];
const nativeFetch = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), assets).href;
  const started = prefetched.get(url);
  if (started) {
    prefetched.delete(url);
    return started;
  }
  const file = fileName(url);
  const download = { file, last: performance.now() };
  downloads.add(download);
  let response;
  try {
    response = await nativeFetch(input, init);
  } catch (error) {
    downloads.delete(download);
    problems.push({ reason: "network", file });
    throw error;
  }
  download.last = performance.now();
  if (!response.ok) problems.push({ reason: response.status === 404 ? "missing" : "network", file });
  else response = await uncompressed(url, response);
  if (response.body) watch(response.clone().body.getReader(), download);
  else downloads.delete(download);
  return response;
};

// A host that sends the runtime's large files as they are (no
// Content-Encoding: some object stores and plain servers) would make the
// snapshot a 31 MB download. Their .gz siblings, which the build writes
// (runtime.json `gzip`), are fetched instead and decompressed here.
async function uncompressed(url, response) {
  const path = new URL(url, assets).href.slice(assets.href.length);
  if (!/^(pyodide|runtime)\//.test(path) || response.headers.get("content-encoding")) return response;
  if (typeof DecompressionStream !== "function") return response;
  const { gzip = [] } = await manifest.catch(() => ({}));
  if (!gzip.includes(path)) return response;
  let packed;
  try {
    packed = await nativeFetch(new URL(`${path}.gz`, assets));
  } catch {
    return response;
  }
  if (!packed.ok) return response;
  response.body?.cancel();
  // A host that marks .gz files Content-Encoding: gzip has had the browser decode it.
  const body = packed.headers.get("content-encoding")
    ? packed.body
    : packed.body.pipeThrough(new DecompressionStream("gzip"));
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  return new Response(body, { status: 200, headers: { "content-type": type } });
}

async function watch(reader, download) {
  try {
    for (;;) {
      const { done } = await reader.read();
      download.last = performance.now();
      if (done) break;
    }
  } catch {
    // the original's reader reports the error
  } finally {
    downloads.delete(download);
  }
}

// Emscripten reports a failed instantiation (on the console, on stderr or
// as an unhandled rejection) and then waits for ever: what it said is kept,
// to tell why (reasonOf). Out of memory and a refused compilation end the
// start at once.
const printed = [];
function note(text) {
  if (printed.length < 20) printed.push(String(text));
}
for (const level of ["warn", "error"]) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    note(args.map(String).join(" "));
    original(...args);
  };
}
self.addEventListener("unhandledrejection", (event) => {
  note(`${event.reason?.name ?? "Error"}: ${event.reason?.message ?? event.reason}`);
  const { reason } = reasonOf(event.reason);
  if (!bootDone && (reason === "memory" || reason === "blocked")) {
    event.preventDefault();
    fail(reason, event.reason?.message ?? event.reason);
  }
});

function fileName(url) {
  const path = new URL(url, assets).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
}

// Once a second: report a stalled download or a boot that waits on nothing,
// and tell the page the worker is alive (the page's own watchdog catches a
// worker that has died or hangs in a loop).
let idleSince = performance.now();
const TICK_MS = 1000;
let lastTick = performance.now();
setInterval(() => {
  const now = performance.now();
  const busy = now - lastTick > TICK_MS * 1.5; // the thread was computing
  lastTick = now;
  for (const download of downloads) {
    if (now - download.last > STALL_MS) {
      return fail("stalled", `${download.file}: nothing arrived for ${Math.round(STALL_MS / 1000)} s`, download.file);
    }
  }
  if (bootDone) return;
  if (downloads.size || busy) idleSince = now;
  else if (now - idleSince > IDLE_MS) {
    const error = new Error(printed.join("\n") || "the start waits on nothing");
    const { reason, file } = reasonOf(error);
    return fail(reason === "crashed" ? "stalled" : reason, error.message, file);
  }
  post({ type: "alive" });
}, TICK_MS);

function fail(reason, error, file) {
  post({ type: "state", stage: "failed", reason, error: String(error), file: file ?? "" });
  self.close(); // the page starts a new worker if the person tries again
}

// Why the boot failed, as a reason code: the error's own kind first, then
// what the downloads saw.
function reasonOf(error) {
  const text = `${error?.name ?? ""}: ${error?.message ?? error}`;
  if (error instanceof RangeError || /out of memory|cannot allocate|memory access out of bounds/i.test(text)) {
    return { reason: "memory" };
  }
  if (typeof WebAssembly !== "object" || /CompileError|wasm-unsafe-eval|Refused to compile/i.test(text)) {
    return { reason: "blocked" };
  }
  const seen = problems.find((p) => p.reason === "missing") ?? problems[0];
  return seen ?? { reason: "crashed" };
}

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
// The wasm, the largest file, which either start needs: it downloads from
// the worker's first moment, while the manifest and Pyodide's scripts are
// still on their way (the link would be idle for those round trips).
// Pyodide's own fetch of it is handed this one.
const wasm = new URL("pyodide/pyodide.asm.wasm", assets).href;
prefetched.set(wasm, self.fetch(wasm));
prefetched.get(wasm).catch(() => {});
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
    stderr: note,
  });
  bootDone = true;
  post({ type: "state", stage: "ready" });
  setTimeout(() => warmUp(runtime.bridge, m.warm_up ?? []), 100);
  return runtime;
}

// While the reader reads: checks of phonenumbers' example numbers, a slice
// at a time (runtime.json `warm_up`: every region, the guide's countries
// first), let the engine optimise the interpreter's hot code and compile
// each region's patterns before a real request needs them. A slice takes
// a few ms, so a request that arrives meanwhile waits little. After a large
// answer it gives way for a while: the page is laying it out (a megabyte in
// an LOA field takes it ~0.5 s), and on a machine of two cores the warm-up
// would slow that down (to over 1 s, measured).
const WARM_UP_SLICE = 10;
const LARGE_ANSWER = 100_000; // characters of JSON
const WARM_UP_PAUSE_MS = 2000;
let largeAnswerAt = -Infinity;

function warmUp(bridge, numbers, from = 0) {
  if (from >= numbers.length) return;
  const quiet = performance.now() - largeAnswerAt;
  if (quiet < WARM_UP_PAUSE_MS) {
    setTimeout(() => warmUp(bridge, numbers, from), WARM_UP_PAUSE_MS - quiet);
    return;
  }
  const text = numbers.slice(from, from + WARM_UP_SLICE).join("\n");
  bridge.handle(JSON.stringify({ check: "eligibility", text }));
  setTimeout(() => warmUp(bridge, numbers, from + WARM_UP_SLICE), 5);
}

function ready() {
  booting ??= boot().catch((error) => {
    const { reason, file } = reasonOf(error);
    fail(reason, error?.message ?? error, file);
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
    let json;
    try {
      // Step by step: a long list tells the page how far it has got.
      json = runtime.bridge.begin(JSON.stringify(data.body));
      while (json.length < 200 && JSON.parse(json).progress) {
        post({ type: "progress", id: data.id, json });
        json = runtime.bridge.resume();
      }
    } catch (error) {
      // A Python exception (a bug in checks/) fails this request only; out of
      // memory, or an error outside Python (the interpreter is gone), ends
      // the worker.
      const memory = error?.type === "MemoryError" || reasonOf(error).reason === "memory";
      if (memory || error?.constructor?.name !== "PythonError") {
        return fail(memory ? "memory" : "crashed", error?.message ?? error);
      }
      throw error;
    }
    if (json.length > LARGE_ANSWER) largeAnswerAt = performance.now();
    post({ type: "response", id: data.id, json });
  } catch (error) {
    const { reason, file } = reasonOf(error);
    post({ type: "response", id: data.id, error: String(error?.message ?? error), reason, file: file ?? "" });
  }
};
