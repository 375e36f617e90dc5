// Build step (run by macros/vendor.py under Node): boot Pyodide once, import
// and warm up every check, and write a memory snapshot of that interpreter,
// so that the browser restores it instead of starting Python from scratch.
//
//   node snapshot.mjs PLAN.json
//
// PLAN: {pyodide, stdlib, trimmed, packages: [zip...], coverage, warmup: [request...], output}
// Writes PLAN.output (the snapshot's pages that are not all zeros) and
// PLAN.output.json ({xor: {range, hash}, size, page}).
//
// - Every region's phonenumbers metadata is loaded: no import on a first check.
// - Packages are written into the file system from JavaScript, so that no
//   JavaScript object is referenced from Python when the snapshot is taken.
// - The warm-up imports from the full standard library; then the trimmed one
//   (what a later request may still import) replaces it, and Python re-reads
//   its directory: the browser downloads only the trimmed archive.
// - The bytes over the wasm's own data are XORed with that data (boot.mjs
//   undoes it): they compress to almost nothing.
// - Pages of zeros (most of the memory) are left out: boot.mjs expands.
// - A last instance restores the result the way the browser does and checks.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bootRuntime, fnv1a, storedZipEntries, xorInto } from "../docs/assets/js/boot.mjs";

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const PAGE = 4096; // bytes: a page of the snapshot is written whole or not at all
const asmURL = pathToFileURL(path.join(plan.pyodide, "pyodide.asm.mjs")).href;
const { loadPyodide } = await import(pathToFileURL(path.join(plan.pyodide, "pyodide.mjs")).href);
const lock = JSON.parse(readFileSync(path.join(plan.pyodide, "pyodide-lock.json"), "utf8"));
const lockfile = { info: lock.info, packages: {} };
const quiet = { stdout: () => {}, stderr: (line) => process.stderr.write(line + "\n") };

const pyodide = await loadPyodide({
  indexURL: plan.pyodide + path.sep,
  stdLibURL: plan.stdlib,
  lockFileContents: lockfile,
  _makeSnapshot: true,
  ...quiet,
  fsInit: (FS, { sitePackages }) => {
    for (const zip of plan.packages) {
      for (const [name, data] of storedZipEntries(new Uint8Array(readFileSync(zip)))) {
        const file = `${sitePackages}/${name}`;
        FS.mkdirTree(file.slice(0, file.lastIndexOf("/")));
        FS.writeFile(file, data);
      }
    }
  },
});

const bridge = pyodide.pyimport("checks.bridge");
bridge.init(readFileSync(plan.coverage, "utf8"));
for (const request of plan.warmup) {
  const response = JSON.parse(bridge.handle(JSON.stringify(request)));
  if (!response.ok) throw new Error(`warm-up ${request.check}: ${response.message}`);
}
bridge.destroy();
// Every region's numbering plan, which phonenumbers would import on first use
// (compiling its source): a first check then costs no import.
pyodide.runPython(`
import phonenumbers
from phonenumbers import PhoneMetadata
for region in phonenumbers.SUPPORTED_REGIONS:
    PhoneMetadata.metadata_for_region(region)
for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
    PhoneMetadata.metadata_for_nongeo_region(code)
`);

const stdlibPath = pyodide.runPython("import sys; next(p for p in sys.path if p.endswith('.zip'))");
pyodide.FS.writeFile(stdlibPath, new Uint8Array(readFileSync(plan.trimmed)));
pyodide.runPython(`
import gc, sys
sys.path_importer_cache[${JSON.stringify(stdlibPath)}].invalidate_caches()
gc.collect()
unused = ("phonenumbers.geodata", "phonenumbers.carrier", "phonenumbers.timezone")
assert not [m for m in sys.modules if m.startswith(unused)], "an unused module was imported"
`);
zeroFreeMemory(pyodide._module);
const snapshot = pyodide.makeMemorySnapshot();

// XOR the bytes over the wasm's own data with that data (boot.mjs undoes it).
const [lo, hi, image] = dataImage(readFileSync(path.join(plan.pyodide, "pyodide.asm.wasm")));
const heap = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 4)[1];
xorInto(snapshot.subarray(heap + lo, heap + hi), image);
const xor = { range: [lo, hi], hash: fnv1a(image) };
// Only the pages that are not all zeros are written (boot.mjs expands them):
// 12 of the 31 MB, which the browser then decodes and copies.
writeFileSync(plan.output, keptPages(snapshot, PAGE));
writeFileSync(plan.output + ".json", JSON.stringify({ xor, size: snapshot.length, page: PAGE }));

// The browser's way, from the files written: restore, then check one request.
const files = { memory: plan.output, stdlib: plan.trimmed };
plan.packages.forEach((zip, i) => (files[`p${i}`] = zip));
const runtime = await bootRuntime({
  loadPyodide,
  asm: () => import(asmURL),
  indexURL: plan.pyodide + path.sep,
  manifest: {
    snapshot: {
      base: "",
      memory: "memory",
      size: snapshot.length,
      page: PAGE,
      stdlib: "stdlib",
      packages: plan.packages.map((_, i) => `p${i}`),
      lockfile,
      xor,
    },
  },
  bytes: async (name) => new Uint8Array(readFileSync(files[name])),
  location: (name) => files[name],
  warn: (message) => {
    throw new Error(`the snapshot does not restore: ${message}`);
  },
  ...quiet,
});
for (const request of plan.warmup) {
  const response = JSON.parse(runtime.bridge.handle(JSON.stringify(request)));
  if (!response.ok) throw new Error(`after the restore, ${request.check}: ${response.message}`);
}

// The snapshot as boot.mjs's expandPages reads it: a bitmap of its pages
// (bit p of byte p >> 3: page p holds a byte that is not zero), then those
// pages, in order; the last page may be short.
function keptPages(bytes, page) {
  const count = Math.ceil(bytes.length / page);
  const bitmap = new Uint8Array(Math.ceil(count / 8));
  const pages = [];
  for (let p = 0; p < count; p++) {
    const content = bytes.subarray(p * page, Math.min(bytes.length, (p + 1) * page));
    if (content.some((byte) => byte !== 0)) {
      bitmap[p >> 3] |= 1 << (p & 7);
      pages.push(content);
    }
  }
  return Buffer.concat([bitmap, ...pages]);
}

// Freed heap memory keeps its old bytes, which compress badly: allocate every
// free chunk malloc hands out without growing the memory, zero it, free it.
function zeroFreeMemory(Module) {
  const end = Module.HEAPU8.buffer.byteLength;
  const held = [];
  for (let size = 1 << 20; size >= 16; size >>= 1) {
    for (;;) {
      const top = Module._sbrk(0);
      if (end - top < size + (2 << 20)) break;
      const pointer = Module._malloc(size);
      if (!pointer) break;
      Module.HEAPU8.fill(0, pointer, pointer + size);
      held.push(pointer);
      if (pointer >= top) break; // fresh memory: the free lists are used up
    }
  }
  for (const pointer of held) Module._free(pointer);
  if (Module.HEAPU8.buffer.byteLength !== end) throw new Error("the memory grew");
}

// [lowest, highest) address of the wasm's active data segments, and the
// bytes they put there (zeros between them).
function dataImage(wasm) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const segments = [];
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const next = at + size;
    if (id === 11) {
      for (let n = leb(); n > 0; n--) {
        const flags = leb();
        let offset = null;
        if (flags === 0 || flags === 2) {
          if (flags === 2) leb();
          if (wasm[at++] !== 0x41) throw new Error("data segment offset is not a constant");
          offset = leb();
          at++; // end
        }
        const length = leb();
        if (offset !== null) segments.push([offset, wasm.subarray(at, at + length)]);
        at += length;
      }
    }
    at = next;
  }
  if (!segments.length) throw new Error("no data segments found");
  const lo = Math.min(...segments.map(([offset]) => offset)) & ~3;
  const hi = (Math.max(...segments.map(([offset, data]) => offset + data.length)) + 3) & ~3;
  const image = new Uint8Array(hi - lo);
  for (const [offset, data] of segments) image.set(data, offset - lo);
  return [lo, hi, image];
}
