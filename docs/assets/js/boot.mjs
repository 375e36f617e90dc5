// How the runtime starts, for the browser worker and for the parity tests
// under Node alike. With a build-time memory snapshot (runtime.json
// `snapshot`), Python is restored with `checks` and `phonenumbers` already
// imported and the coverage data loaded, instead of booting and importing
// (several seconds). Without it, or if the restore fails, the full boot.

// env: {loadPyodide, asm() -> import of pyodide.asm.mjs, indexURL, manifest,
//       bytes(path) -> Promise<Uint8Array>,
//       location(path) -> what loadPyodide fetches, text(path), progress(stage, step, steps)}
// Paths are relative to assets/. Resolves to {bridge, pyodide, ensure(check), mode}.
export async function bootRuntime(env) {
  if (env.manifest.snapshot) {
    try {
      return await restore(env, env.manifest.snapshot);
    } catch (error) {
      env.warn?.(`memory snapshot not usable, booting in full: ${error?.message ?? error}`);
    }
  }
  return fullBoot(env);
}

async function restore(env, snapshot) {
  env.progress?.("runtime", 1, 1);
  const at = (name) => snapshot.base + name;
  const download = env.bytes(at(snapshot.memory));
  const packages = Promise.all(snapshot.packages.map((name) => env.bytes(at(name))));
  // loadPyodide needs the memory's size to start and its bytes only at the
  // restore: the module is compiled (as the wasm arrives) and instantiated
  // while the memory downloads.
  const memory = new Uint8Array(snapshot.size);
  const filled = download.then((bytes) => expandPages(bytes, memory, snapshot.page));
  filled.catch(() => {});
  const create = async (settings) => {
    const Module = await (await env.asm()).default(settings);
    await filled;
    return Module;
  };
  const pyodide = await env.loadPyodide({
    indexURL: env.indexURL,
    createPyodideModule: snapshot.xor ? withDecoder(create, snapshot.xor) : create,
    stdLibURL: env.location(at(snapshot.stdlib)),
    lockFileContents: snapshot.lockfile,
    _loadSnapshot: memory,
    stdout: () => {},
    stderr: env.stderr ?? (() => {}),
    fsInit: async (FS, { sitePackages }) => {
      for (const archive of await packages) unpack(FS, sitePackages, archive);
    },
  });
  const bridge = pyodide.pyimport("checks.bridge");
  // Archives the snapshot did not need, fetched on the first request that does.
  const lazy = new Map(Object.entries(snapshot.lazy ?? {}));
  async function ensure(check) {
    const name = lazy.get(check);
    if (!name) return;
    lazy.delete(check);
    const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
    unpack(pyodide.FS, sitePackages, await env.bytes(at(name)));
    // Not importlib.invalidate_caches(): it imports importlib.metadata.
    pyodide.runPython(
      "import sys\nfor f in list(sys.path_importer_cache.values()):\n    getattr(f, 'invalidate_caches', lambda: None)()",
    );
  }
  return { bridge, pyodide, ensure, mode: "snapshot" };
}

// The snapshot file holds only the memory's pages that are not all zeros
// (macros/snapshot.mjs): a bitmap of the pages, then those pages. Written
// into `memory`, which is all zeros.
export function expandPages(packed, memory, page) {
  const count = Math.ceil(memory.length / page);
  let at = Math.ceil(count / 8);
  for (let p = 0; p < count; p++) {
    if (!(packed[p >> 3] & (1 << (p & 7)))) continue;
    const start = p * page;
    const length = Math.min(page, memory.length - start);
    if (at + length > packed.length) throw new Error("the snapshot is shorter than its pages");
    memory.set(packed.subarray(at, at + length), start);
    at += length;
  }
  if (at !== packed.length) throw new Error("the snapshot has the wrong size");
}

// The build XORs the snapshot's bytes over [lo, hi) of the memory, where the
// wasm's own data lives, with that data, which the browser already has:
// those bytes download as zeros. The data is read from the memory right after
// instantiation, before any code runs; if it is not the build's (hash), the
// restore stops and the full boot runs.
export function withDecoder(create, { range: [lo, hi], hash }) {
  return async (settings) => {
    const instantiate = settings.instantiateWasm;
    if (!instantiate) throw new Error("no instantiateWasm hook to read the wasm's data");
    let data = null;
    settings.instantiateWasm = (imports, done) =>
      instantiate(imports, (instance, module) => {
        data = new Uint8Array(instance.exports.memory.buffer).slice(lo, hi);
        done(instance, module);
      });
    const Module = await create(settings);
    const restore = Module.API.restoreSnapshot;
    Module.API.restoreSnapshot = (snapshot) => {
      if (!data || fnv1a(data) !== hash) throw new Error("the wasm's data is not the build's");
      const heap = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 4)[1];
      xorInto(snapshot.subarray(heap + lo, heap + hi), data);
      data = null;
      return restore(snapshot);
    };
    return Module;
  };
}

export function xorInto(target, source) {
  const words = target.byteOffset % 4 === 0 && source.byteOffset % 4 === 0 ? target.length >> 2 : 0;
  const t = new Uint32Array(target.buffer, target.byteOffset, words);
  const s = new Uint32Array(source.buffer, source.byteOffset, words);
  for (let i = 0; i < words; i++) t[i] ^= s[i];
  for (let i = words * 4; i < target.length; i++) target[i] ^= source[i];
}

export function fnv1a(bytes, seed = 0x811c9dc5) {
  let h = seed;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

function unpack(FS, root, archive) {
  const made = new Set();
  for (const [name, data] of storedZipEntries(archive)) {
    const file = `${root}/${name}`;
    const dir = file.slice(0, file.lastIndexOf("/"));
    if (!made.has(dir)) {
      FS.mkdirTree(dir);
      made.add(dir);
    }
    FS.writeFile(file, data);
  }
}

async function fullBoot(env) {
  env.progress?.("runtime", 1, 3);
  const pyodide = await env.loadPyodide({
    indexURL: env.indexURL,
    stdout: () => {},
    stderr: env.stderr ?? (() => {}),
  });
  env.progress?.("packages", 2, 3);
  await pyodide.loadPackage(
    env.manifest.wheels.map((name) => env.location(`wheels/${name}`)),
    { messageCallback: () => {}, errorCallback: () => {} },
  );
  env.progress?.("data", 3, 3);
  const bridge = pyodide.pyimport("checks.bridge");
  bridge.init(await env.text("data/coverage.json"));
  // Import phonenumbers' metadata now, not on the first check.
  bridge.handle(JSON.stringify({ check: "eligibility", text: "+33 1 42 68 53 00" }));
  return { bridge, pyodide, ensure: async () => {}, mode: "full" };
}

// The entries of a zip archive whose files are stored (not compressed), as
// the build writes the runtime's package archives: [name, bytes] pairs, read
// from the central directory. (Here, not in a module of its own: one fetch
// less before the downloads start.)
export function* storedZipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("bad zip directory");
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (name.endsWith("/")) continue;
    if (method !== 0) throw new Error(`${name}: compressed; the build stores files`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    yield [name, bytes.subarray(start, start + size)];
  }
}
