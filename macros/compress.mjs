// Build step (run by macros/vendor.py under Node, whose zlib has brotli):
// for each SOURCE=TARGET pair, write TARGET.br (quality 11) and TARGET.gz
// (level 9), the precompressed siblings a static host serves as they are.
import { readFileSync, writeFileSync } from "node:fs";
import zlib from "node:zlib";

for (const pair of process.argv.slice(2)) {
  const [source, target] = pair.split("=");
  const data = readFileSync(source);
  const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  const params = { [BROTLI_PARAM_QUALITY]: 11, [BROTLI_PARAM_LGWIN]: 24, [BROTLI_PARAM_SIZE_HINT]: data.length };
  writeFileSync(target + ".br", zlib.brotliCompressSync(data, { params }));
  writeFileSync(target + ".gz", zlib.gzipSync(data, { level: 9 }));
}
