// Finishes a built web client for fast first loads, at build time:
// - the global stylesheet, when small, is inlined into index.html, so the first paint waits
//   for no second request (Angular's own critical-CSS inlining loads the rest with an
//   inline onload handler, which the CSP's script-src 'self' rightly refuses);
// - a Brotli (.br) and a gzip (.gz) copy is written beside every text file, so the server
//   sends compressed files without compressing per request.
// Usage: node tools/scripts/precompress.mjs dist/apps/web/browser
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2];
if (!root) {
  console.error('usage: precompress.mjs <folder>');
  process.exit(2);
}
const TEXT = /\.(js|mjs|css|html|svg|json|txt|webmanifest|map)$/;
const MIN_BYTES = 1024;

const INLINE_CSS_MAX = 32 * 1024;
const indexFile = join(root, 'index.html');
const html = readFileSync(indexFile, 'utf8');
const link = /<link rel="stylesheet" href="(styles-[\w-]+\.css)"[^>]*>/.exec(html);
if (link) {
  const css = readFileSync(join(root, link[1]), 'utf8');
  if (css.length <= INLINE_CSS_MAX) {
    writeFileSync(
      indexFile,
      html.replace(link[0], () => `<style>${css}</style>`),
    );
    console.log(`inlined ${link[1]} (${Math.round(css.length / 1024)} KB) into index.html`);
  }
}

let files = 0;
let before = 0;
let after = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) walk(path);
    else if (TEXT.test(name) && stat.size >= MIN_BYTES) {
      const content = readFileSync(path);
      const br = brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      });
      writeFileSync(`${path}.br`, br);
      writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      files += 1;
      before += content.length;
      after += br.length;
    }
  }
}
walk(root);
console.log(
  `precompressed ${files} files: ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB (Brotli)`,
);
