import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the built app.
 * Two servers (`scripts/e2e-server.mjs`, ports 3100 and 3101) each start from their own copy of one
 * prebuilt demo database, so the spec files split into two lanes that run side by side, each lane
 * one test at a time on its own server and data (a lane's tests share a clock and a database).
 * The screenshot passes are not part of a normal run: `npm run screenshots` takes them.
 * Set E2E_BASE_URL to run every lane against a server you started yourself, E2E_PORT to move the ports.
 */
const external = process.env.E2E_BASE_URL;
const CI = !!process.env.CI;
const SCREENSHOTS = process.env.TDKT_SCREENSHOTS === '1';
// E2E_PORT: the first port (another checkout on the same machine runs its own servers on other ports)
const PORT0 = Number(process.env.E2E_PORT ?? 3100);
const PORTS = [PORT0, PORT0 + 1];
const urlOf = (i: number) => external ?? `http://127.0.0.1:${PORTS[i]}`;

/** The lanes: spec files that share a server. Balanced by duration (the dossier flow alone is ~2 min). */
const LANES = [
  ['dossiers.spec.ts', 'rules.spec.ts', 'scope.spec.ts', 'people-search.spec.ts'],
  ['crud.spec.ts', 'import.spec.ts', 'auth.spec.ts', 'planning-plans.spec.ts', 'planning-movements.spec.ts', 'abilities.spec.ts'],
];
const SCREENSHOT_SPECS = ['screenshots.spec.ts', 'rules-screens.spec.ts'];

const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1366, height: 768 },
  channel: undefined,
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: SCREENSHOTS ? 1 : 2,
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  reporter: [['list']],
  use: {
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
  projects: SCREENSHOTS
    ? [{ name: 'screenshots', testMatch: SCREENSHOT_SPECS, use: { ...browser, baseURL: urlOf(0) } }]
    : LANES.map((files, i) => ({ name: `lane-${i + 1}`, testMatch: files, workers: 1, use: { ...browser, baseURL: urlOf(i) } })),
  webServer: external
    ? undefined
    : (SCREENSHOTS ? PORTS.slice(0, 1) : PORTS).map((port) => ({
        command: 'node scripts/e2e-server.mjs',
        url: `http://127.0.0.1:${port}/api/v1/health`,
        reuseExistingServer: !CI,
        // the first start builds the demo database once (about a minute on a quiet machine); a loaded
        // machine may need several times that
        timeout: 900_000,
        stdout: 'pipe' as const,
        stderr: 'pipe' as const,
        env: { TDKT_ADMIN_PASSWORD: process.env.TDKT_ADMIN_PASSWORD ?? 'Admin@12345678', PORT: String(port) },
      })),
});
