// Runs checks.bridge in Pyodide under Node, from the files the built site
// ships, started the way the browser worker starts it (assets/js/boot.mjs:
// the build's memory snapshot, else the full boot from the wheels).
// Usage: node pyodide_runner.mjs SITE_DIR REQUESTS.json [full] > responses.json
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const site = path.resolve(process.argv[2]);
const assets = path.join(site, "assets");
const { loadPyodide } = await import(pathToFileURL(path.join(assets, "pyodide", "pyodide.mjs")).href);
const { bootRuntime } = await import(pathToFileURL(path.join(assets, "js", "boot.mjs")).href);

const manifest = JSON.parse(readFileSync(path.join(assets, "data", "runtime.json"), "utf8"));
if (process.argv[4] === "full") delete manifest.snapshot;
let warning = null;
const runtime = await bootRuntime({
  loadPyodide,
  asm: () => import(pathToFileURL(path.join(assets, "pyodide", "pyodide.asm.mjs")).href),
  indexURL: path.join(assets, "pyodide") + path.sep,
  manifest,
  bytes: async (p) => new Uint8Array(readFileSync(path.join(assets, p))),
  text: async (p) => readFileSync(path.join(assets, p), "utf8"),
  location: (p) => path.join(assets, p),
  stderr: (line) => process.stderr.write(line + "\n"),
  warn: (message) => (warning = message),
});

const requests = JSON.parse(readFileSync(process.argv[3], "utf8"));
const responses = [];
for (const request of requests) {
  await runtime.ensure(request.check);
  responses.push(JSON.parse(runtime.bridge.handle(JSON.stringify(request))));
}
process.stdout.write(
  JSON.stringify({
    python: runtime.pyodide.runPython("import sys; sys.version"),
    mode: runtime.mode,
    warning,
    responses,
  }),
);
