// One long-lived module Worker running Pyodide, shared by every checker on
// every page of this tab (instant navigation keeps it alive). Requests wait
// for the boot; state changes go to every subscriber.
//
// A checker that cannot run says so (issue 7): the worker reports why it
// could not start (worker.mjs), and this side catches what the worker cannot
// report itself: a script that does not load, a worker that dies or hangs.
// A failed state is {stage: "failed", reason, error, file}; `reason` is a
// message key (runtime.<reason>), `error` the technical detail for support.
const SILENT_MS = 8000; // starting, and no word from the worker (it beats once a second)
const REQUEST_MS = 30000; // a request unanswered this long: the worker has stopped

let worker = null;
let nextId = 1;
const pending = new Map();
const listeners = new Set();
let state = { stage: "idle" };
let silence = 0;

function setState(next) {
  state = next;
  document.documentElement.dataset.runtime = next.stage; // for tests and the benchmark
  for (const fn of listeners) fn(state);
}

function unsupported() {
  if (typeof WebAssembly !== "object") return "blocked"; // turned off by policy or flag
  if (typeof Worker !== "function") return "unsupported";
  return "";
}

function start() {
  const missing = unsupported();
  if (missing) return fail(missing, `${missing === "blocked" ? "WebAssembly" : "Worker"} is not available`);
  setState({ stage: "starting" });
  listen();
  // The worker preboot.js started from the page's <head>, with what it has
  // said since; taken once (Try again starts a new one).
  const early = window.__portingWorker;
  delete window.__portingWorker;
  if (early) {
    worker = early.worker;
  } else {
    try {
      worker = new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
    } catch (error) {
      return fail("unsupported", error?.message ?? error);
    }
  }
  worker.onmessage = ({ data }) => receive(data);
  // The script did not load (missing, refused) or threw: no message follows.
  worker.onerror = (event) => {
    event.preventDefault();
    crashed(event.message);
  };
  if (!early) worker.postMessage({ type: "boot" });
  for (const { data, error } of early?.heard ?? []) {
    if (data) receive(data);
    else crashed(error);
  }
}

function crashed(message) {
  fail("crashed", message || "the worker's script did not load or stopped");
}

function receive(data) {
  if (state.stage === "failed") return;
  if (data.type === "alive") {
    listen();
  } else if (data.type === "state") {
    if (data.stage === "failed") return fail(data.reason || "crashed", data.error, data.file);
    if (data.stage === "ready") clearTimeout(silence);
    else listen();
    setState(data);
  } else if (data.type === "progress") {
    const waiter = pending.get(data.id);
    if (!waiter) return;
    waiter.arm(); // progress: the worker is alive
    waiter.progress?.(JSON.parse(data.json).progress);
  } else if (data.type === "response") {
    const waiter = pending.get(data.id);
    pending.delete(data.id);
    if (!waiter) return;
    clearTimeout(waiter.timer);
    if (data.error) waiter.reject(failure(data.reason || "crashed", data.error, data.file));
    else waiter.resolve(JSON.parse(data.json)); // a string crosses threads faster than objects
  }
}

// While starting, the worker must be heard from every SILENT_MS.
function listen() {
  clearTimeout(silence);
  silence = setTimeout(
    () => fail("unresponsive", `no word from the worker for ${SILENT_MS / 1000} s while starting`),
    SILENT_MS,
  );
}

function failure(reason, error, file = "") {
  return Object.assign(new Error(String(error ?? reason)), { reason, file });
}

function fail(reason, error, file = "") {
  clearTimeout(silence);
  worker?.terminate();
  worker = null;
  setState({ stage: "failed", reason, error: String(error ?? reason), file: file ?? "" });
  for (const waiter of pending.values()) {
    clearTimeout(waiter.timer);
    waiter.reject(failure(reason, error, file));
  }
  pending.clear();
}

const api = {
  // body: the check's request (checks.bridge); progress({done, total}): told
  // during a long eligibility list.
  request(body, { progress } = {}) {
    if (state.stage === "failed") return Promise.reject(failure(state.reason, state.error, state.file));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      // The boot has its own watchdog; the clock of a request starts once it is up.
      const waiter = { resolve, reject, progress, timer: 0, arm };
      function arm() {
        clearTimeout(waiter.timer);
        waiter.timer = setTimeout(() => {
          if (state.stage !== "ready") return arm();
          fail("unresponsive", `no answer to a request for ${REQUEST_MS / 1000} s`);
        }, REQUEST_MS);
      }
      arm();
      pending.set(id, waiter);
      worker.postMessage({ type: "request", id, body });
    });
  },
  onState(fn) {
    listeners.add(fn);
    fn(state);
    return () => listeners.delete(fn);
  },
  // "Try again": a new worker, if this one failed (subscribers see it start
  // from the beginning). False if it had not failed.
  restart() {
    if (state.stage !== "failed") return false;
    start();
    return true;
  },
};

export function runtime() {
  if (state.stage === "idle") start();
  return api;
}
