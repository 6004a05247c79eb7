// Lighthouse (performance and accessibility) of the sign-in page and a signed-in home page,
// on the mobile and desktop presets, against a running server (npm start).
//
//   npm i --no-save lighthouse@12        (not a dependency: only this measurement needs it)
//   node tools/bench/lighthouse.mjs [http://127.0.0.1:3000]
//   LH_PRESETS=mobile LH_RUNS=5 node tools/bench/lighthouse.mjs
//
// Uses Debian's Chromium (CHROMIUM_PATH to override). The signed-in pages are measured as
// the demo manager and rep: the script signs in, then Lighthouse navigates to "/".
import puppeteer from 'puppeteer-core';
import { desktopConfig, startFlow } from 'lighthouse';

const BASE = process.argv[2] ?? 'http://127.0.0.1:3000';
// LH_PRESETS=mobile LH_RUNS=5: one preset, several runs (simulated throttling varies run to run).
const PRESETS = (process.env.LH_PRESETS ?? 'mobile,desktop').split(',');
const RUNS = Number(process.env.LH_RUNS ?? 1);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function measure(preset, path, email) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const page = await browser.newPage();
    if (email) {
      await page.goto(`${BASE}/login`, { waitUntil: 'networkidle0' });
      await page.type('[data-testid="login-email"]', email);
      await page.type('[data-testid="login-password"]', 'cadre-demo');
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'networkidle0' }),
        page.click('[data-testid="login-submit"]'),
      ]);
    }
    const flow = await startFlow(page, {
      config: preset === 'desktop' ? desktopConfig : undefined,
      flags: { onlyCategories: ['performance', 'accessibility'] },
    });
    await flow.navigate(`${BASE}${path}`);
    const lhr = (await flow.createFlowResult()).steps[0].lhr;
    const audit = (key) => lhr.audits[key].displayValue;
    return [
      `${path} ${email ?? '(signed out)'}`.padEnd(34),
      preset.padEnd(8),
      String(Math.round(lhr.categories.performance.score * 100)).padStart(4),
      String(Math.round(lhr.categories.accessibility.score * 100)).padStart(5),
      audit('first-contentful-paint').padStart(7),
      audit('largest-contentful-paint').padStart(7),
      audit('total-blocking-time').padStart(8),
      audit('cumulative-layout-shift').padStart(6),
    ].join(' ');
  } finally {
    await browser.close();
  }
}

console.log('page                               preset   perf  a11y     FCP     LCP      TBT    CLS');
for (const [path, email] of [
  ['/login', null],
  ['/', 'manager@cadre.test'],
  ['/', 'rep@cadre.test'],
])
  for (const preset of PRESETS)
    for (let run = 0; run < RUNS; run++) console.log(await measure(preset, path, email));
