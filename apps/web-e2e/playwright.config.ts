import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env['WEB_E2E_PORT'] ?? 4310);
export const baseURL = `http://127.0.0.1:${port}`;

/**
 * Browser journeys in Debian's Chromium against the built app, served exactly as
 * `npm start` serves it, on a throwaway embedded database seeded with the demo company.
 */
export default defineConfig({
  testDir: './src',
  outputDir: '../../dist/.playwright/apps/web-e2e/test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: '../../dist/.playwright/apps/web-e2e/report', open: 'never' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
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
        },
      },
    },
  ],
  webServer: {
    command: 'node apps/web-e2e/serve-app.mjs',
    cwd: '../..',
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), HOST: '127.0.0.1' },
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    // SIGTERM lets the server stop its embedded PostgreSQL (a process of another OS user,
    // outside this process group) and serve-app.mjs remove the data folder; Playwright's
    // default, SIGKILL, left both behind after every run.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
