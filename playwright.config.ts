import { defineConfig } from '@playwright/test';

const PORT = 8181;
const baseURL = `http://127.0.0.1:${PORT}`;
/** A second server on an empty install, for the journey that starts with the first-admin setup. */
const FRESH_INSTALL_URL = 'http://127.0.0.1:8182';

// Browser tests drive the system's Chromium; Playwright never downloads a browser here.
const CHROMIUM_PATH = '/usr/bin/chromium';

const server = {
  command: 'node e2e/start-server.mjs',
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'pipe',
  stderr: 'pipe',
  gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
} as const;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // The JSON report lets CI print one summary line for all runners.
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [
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
  webServer: [
    { ...server, url: `${baseURL}/api/v1/setup`, env: { E2E_PORT: String(PORT) } },
    { ...server, url: `${FRESH_INSTALL_URL}/api/v1/setup`, env: { E2E_PORT: '8182', E2E_EMPTY: '1' } },
  ],
});
