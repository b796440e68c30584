// Three engines in one run: Chromium and Firefox ESR through Puppeteer, WebKit (WebKitGTK's
// MiniBrowser, Safari's engine) through WebDriver. scripts/test.mjs decides which are present
// and passes them in PARTY_NEWS_ENGINES; in CI all three are required.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

import { CHROMIUM_FLAGS, ENGINES, TEST_TIME_ZONE } from './scripts/engines.mjs';
import { summaryLineReporter } from './scripts/summary-line-reporter.mjs';
import { docSnippetsServer } from './test/server/doc-snippets.mjs';
import { faultServer } from './test/server/faults.mjs';
import { renderSiteServer } from './test/server/render-site.mjs';
import { hostCommands } from './test/setup/host-commands.mjs';

// Browsers inherit this: every test runs in a zone far from Vietnam's, so a dateline that shows
// Vietnam time proves the elements format in Asia/Ho_Chi_Minh and not in the reader's zone.
process.env.TZ = TEST_TIME_ZONE;

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(ENGINES.webkit.driver, [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  // Wait until the driver accepts connections.
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (up) return port;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

const wanted = (process.env.PARTY_NEWS_ENGINES ?? 'chromium').split(',').filter(Boolean);
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { executablePath: ENGINES.chromium.binary, headless: true, args: CHROMIUM_FLAGS },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: ENGINES.firefox.binary, headless: true },
    }),
  );
}
if (wanted.includes('webkit')) {
  if (!process.env.DISPLAY)
    throw new Error('WebKit needs a display: run the tests through `npm test`, which starts Xvfb.');
  const port = await startWebKitDriver();
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: ENGINES.webkit.binary, args: ['--automation'] },
      },
      logLevel: 'error',
    }),
  );
}

// `import seed from './seed.json'` (stories, samples) needs a module; fetch('/…/seed.json') (the
// feeds under test) needs the JSON itself. The browser says which it wants in Sec-Fetch-Dest.
const asModule = (context) => context.path.endsWith('.json') && context.request.headers['sec-fetch-dest'] === 'script';
const jsonModules = {
  name: 'json-modules',
  transformCacheKey: (context) => context.request.headers['sec-fetch-dest'] ?? '',
  resolveMimeType: (context) => (asModule(context) ? 'js' : undefined),
  // One URL, two bodies: the browser must not answer a fetch from the module it cached.
  transform: (context) =>
    context.path.endsWith('.json')
      ? {
          body: asModule(context) ? `export default ${context.body};` : context.body,
          headers: { 'cache-control': 'no-store', vary: 'sec-fetch-dest' },
        }
      : undefined,
};

// Tests that time the main thread (Chromium's long tasks) need a quiet machine: with three browsers
// at work on two cores, a 60 ms task was measured at 218 ms. scripts/test.mjs runs them after the
// rest, one browser at a time (--concurrent-browsers 1).
export const QUIET_FILES = ['test/security/freezes.test.ts'];

export default {
  files: ['test/**/*.test.ts', ...QUIET_FILES.map((f) => `!${f}`)],
  // Lit's development build: its warnings are heard, and each fails its file (test/setup/lit-warnings.js).
  // The production build is what the bundles hold; test/bundle*.test.ts run those.
  nodeResolve: { exportConditions: ['development'] },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script src="/test/setup/lit-warnings.js"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [faultServer, renderSiteServer, docSnippetsServer],
  browsers,
  // One file at a time per browser: WebKit's WebDriver session then runs each file in its own page
  // (not an iframe), which keyboard commands (sendKeys) need. The three browsers still run in parallel.
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 10000 } },
  // The whole run: about 3.5 min on a 2-core machine today, in three engines on the development build.
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  plugins: [
    jsonModules,
    // Real touch and a real print for test/hosts/.
    hostCommands(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  reporters: [defaultReporter(), summaryLineReporter()],
};
