import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the built app,
 * started by `scripts/e2e-server.mjs` on a fresh temporary PGlite data folder with the demo dataset.
 * Set E2E_BASE_URL to run against a server you started yourself (no webServer is launched then).
 */
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? 'http://127.0.0.1:3100';
const CI = !!process.env.CI;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One server and one database for the whole run: tests go one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    // a locator that never appears fails in seconds, not at the end of the test's budget
    actionTimeout: 20_000,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 }, channel: undefined },
    },
  ],
  webServer: external
    ? undefined
    : {
        command: 'node scripts/e2e-server.mjs',
        url: `${baseURL}/api/v1/health`,
        reuseExistingServer: !CI,
        timeout: 180_000,
        stdout: 'pipe',
        stderr: 'pipe',
        env: { TDKT_ADMIN_PASSWORD: process.env.TDKT_ADMIN_PASSWORD ?? 'Admin@12345678', PORT: '3100' },
      },
});
