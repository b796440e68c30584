// Test-runner commands for the hostile-host tests (test/hosts/): real touch input and a real print.
// They drive the browser itself, not synthetic DOM events, so touch-action, pointer capture and
// the browser's own beforeprint/afterprint are what is tested. Where an engine cannot do one, the
// command answers { supported: false, reason } and the test says so instead of faking it.
//   touch: { points: [[x, y], …] } — one finger down at the first point, through the others, up
//     at the last (a single point is a tap). Viewport CSS pixels of the top-level page.
//   window-size: { width, height } — WebKit (WebDriver) only, which has no viewport command: sets
//     the browser window's outer size and answers the size it had, to restore it after.
//   print-pdf: prints the page to PDF as Ctrl+P would (beforeprint, print media, afterprint) and
//     answers { supported: true, pages }.

async function touchPuppeteer(page, points) {
  const [[x0, y0], ...rest] = points;
  if (!rest.length) return page.touchscreen.tap(x0, y0);
  await page.touchscreen.touchStart(x0, y0);
  for (const [x, y] of rest) await page.touchscreen.touchMove(x, y);
  await page.touchscreen.touchEnd();
}

async function touchWebDriver(browser, sessionId, points) {
  const [[x0, y0], ...rest] = points.map(([x, y]) => [Math.round(x), Math.round(y)]);
  const move = (x, y) => ({ type: 'pointerMove', duration: 50, origin: 'viewport', x, y });
  await browser.driverManager.performActions(sessionId, [
    {
      type: 'pointer',
      id: 'finger',
      parameters: { pointerType: 'touch' },
      actions: [
        move(x0, y0),
        { type: 'pointerDown', button: 0 },
        ...rest.map(([x, y]) => move(x, y)),
        { type: 'pointerUp', button: 0 },
      ],
    },
  ]);
}

export function hostCommands() {
  return {
    name: 'party-news-host-commands',
    async executeCommand({ command, payload, session }) {
      const { browser } = session;
      if (command === 'touch') {
        try {
          if (browser.type === 'puppeteer') await touchPuppeteer(browser.getPage(session.id), payload.points);
          else if (browser.type === 'webdriver') await touchWebDriver(browser, session.id, payload.points);
          else return { supported: false, reason: `no touch input for ${browser.type}` };
          return { supported: true };
        } catch (error) {
          return { supported: false, reason: String(error?.message ?? error).split('\n')[0] };
        }
      }
      if (command === 'window-size') {
        if (browser.type !== 'webdriver') return { supported: false, reason: `use setViewport for ${browser.type}` };
        const { driver } = browser.driverManager;
        const before = await driver.getWindowSize();
        await driver.setWindowSize(payload.width, payload.height);
        return { supported: true, ...before };
      }
      if (command === 'print-pdf') {
        if (browser.type !== 'puppeteer') return { supported: false, reason: `no print command for ${browser.type}` };
        try {
          const pdf = Buffer.from(await browser.getPage(session.id).pdf({ format: 'A4' })).toString('latin1');
          return { supported: true, pages: pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0 };
        } catch (error) {
          return { supported: false, reason: String(error?.message ?? error).split('\n')[0] };
        }
      }
      return undefined;
    },
  };
}
