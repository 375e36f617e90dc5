// Runs checks.bridge in Pyodide under Node, from the files the built site
// ships (runtime, wheels, coverage.json): the same code path as the worker.
// Usage: node pyodide_runner.mjs SITE_DIR REQUESTS.json > responses.json
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const site = path.resolve(process.argv[2]);
const assets = path.join(site, "assets");
const { loadPyodide } = await import(pathToFileURL(path.join(assets, "pyodide", "pyodide.mjs")).href);

const pyodide = await loadPyodide({
  indexURL: path.join(assets, "pyodide") + path.sep,
  stdout: () => {},
  stderr: (line) => process.stderr.write(line + "\n"),
});
const manifest = JSON.parse(readFileSync(path.join(assets, "data", "runtime.json"), "utf8"));
await pyodide.loadPackage(
  manifest.wheels.map((name) => path.join(assets, "wheels", name)),
  { messageCallback: () => {} },
);
const bridge = pyodide.pyimport("checks.bridge");
bridge.init(readFileSync(path.join(assets, "data", "coverage.json"), "utf8"));

const requests = JSON.parse(readFileSync(process.argv[3], "utf8"));
const responses = requests.map((request) => JSON.parse(bridge.handle(JSON.stringify(request))));
process.stdout.write(JSON.stringify({ python: pyodide.runPython("import sys; sys.version"), responses }));
