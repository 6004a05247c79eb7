import { chromium } from '@playwright/test';
const [, , user, out, lang, ...rest] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
page.on('console', (m) => {
  if (m.type() === 'error' && !m.text().includes('401')) console.log('console:', m.text());
});
await page.goto('http://localhost:3300/');
if (lang === 'zh') await page.getByTestId('login-chinese').click();
await page.getByTestId('login-email').fill(user);
await page.getByTestId('login-password').fill('cadre-demo');
await page.getByTestId('login-submit').click();
await page.waitForTimeout(1500);
for (const path of rest) {
  await page.evaluate((p) => {
    history.pushState({}, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForTimeout(1500);
}
await page.screenshot({ path: out, fullPage: false });
console.log(page.url());
await browser.close();
