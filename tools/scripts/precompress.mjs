// Finishes a built web client for fast first loads, at build time:
// - the global stylesheet, when small, is inlined into index.html, so the first paint waits
//   for no second request (Angular's own critical-CSS inlining loads the rest with an
//   inline onload handler, which the CSP's script-src 'self' rightly refuses);
// - the sign-in page gets an HTML of its own (login.html, which the server sends for
//   /login) that lists every chunk the page needs, from the build's stats.json, so the
//   browser asks for them with the first ones instead of one level of imports at a time;
// - a Brotli (.br) and a gzip (.gz) copy is written beside every text file, so the server
//   sends compressed files without compressing per request.
// Usage: node tools/scripts/precompress.mjs dist/apps/web/browser
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

// Which page HTML lists the chunks of which lazy entry (as main.ts's routes import it).
const PAGES = { 'login.html': 'libs/web/identity/feature-login/src/index.ts' };
const statsFile = join(dirname(root), 'stats.json');
if (existsSync(statsFile)) {
  const outputs = JSON.parse(readFileSync(statsFile, 'utf8')).outputs;
  const page = readFileSync(indexFile, 'utf8');
  for (const [name, entry] of Object.entries(PAGES)) {
    const chunks = chunksOf(outputs, entry);
    const links = chunks.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
    writeFileSync(join(root, name), page.replace('</head>', `${links}</head>`));
    console.log(`${name}: index.html listing the ${chunks.length} chunks of ${entry}`);
  }
}

/**
 * The chunk built for `entry` and every chunk it imports statically, however deep, less
 * those index.html already loads with main.js.
 */
function chunksOf(outputs, entry) {
  const staticImports = (file) =>
    (outputs[file]?.imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => i.path);
  const closure = (file, into = new Set()) => {
    if (!into.has(file)) {
      into.add(file);
      for (const next of staticImports(file)) closure(next, into);
    }
    return into;
  };
  const main = Object.keys(outputs).find((file) => /^main-[\w-]+\.js$/.test(file));
  const lazy = Object.keys(outputs).find((file) => outputs[file].entryPoint === entry);
  if (!main || !lazy) throw new Error(`stats.json has no chunk for main or ${entry}`);
  const initial = closure(main);
  return [...closure(lazy)].filter((file) => !initial.has(file));
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
