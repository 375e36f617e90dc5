// One long-lived module Worker running Pyodide, shared by every checker on
// every page of this tab (instant navigation keeps it alive). Requests wait
// for the boot; state changes go to every subscriber.
let worker = null;
let nextId = 1;
const pending = new Map();
const listeners = new Set();
let state = { stage: "idle" };

function setState(next) {
  state = next;
  document.documentElement.dataset.runtime = next.stage; // for tests and the benchmark
  for (const fn of listeners) fn(state);
}

function start() {
  worker = new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }) => {
    if (data.type === "state") {
      setState(data);
    } else if (data.type === "response") {
      const waiter = pending.get(data.id);
      pending.delete(data.id);
      if (!waiter) return;
      if (data.error) waiter.reject(new Error(data.error));
      else waiter.resolve(JSON.parse(data.json)); // a string crosses threads faster than objects
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(event.message || "the worker stopped");
  };
  worker.postMessage({ type: "boot" });
}

function failAll(message) {
  setState({ stage: "failed", error: message });
  for (const waiter of pending.values()) waiter.reject(new Error(message));
  pending.clear();
}

export function runtime() {
  if (!worker) start();
  return {
    request(body) {
      if (state.stage === "failed") return Promise.reject(new Error(state.error));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: "request", id, body });
      });
    },
    onState(fn) {
      listeners.add(fn);
      fn(state);
      return () => listeners.delete(fn);
    },
  };
}
