// Where the Debian browsers live; the test command and the runner config both read this.
export const ENGINES = {
  chromium: { binary: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { binary: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
  webkit: {
    binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: '/usr/bin/WebKitWebDriver',
    apt: 'webkit2gtk-driver',
  },
};

// What else a test run needs from Debian. `command` is looked up on PATH, `font` with fc-list;
// `display` means only without a display ($DISPLAY unset), where WebKit runs under xvfb-run.
// scripts/setup-browsers.mjs installs what is missing (npm test and .ci/run both call it).
export const SUPPORT = {
  xvfb: {
    command: 'xvfb-run',
    apt: 'xvfb',
    display: true,
    why: "a virtual display: WebKit's MiniBrowser has no headless mode",
  },
  xauth: { command: 'xauth', apt: 'xauth', display: true, why: 'xvfb-run needs it to start the display' },
  fonts: {
    font: 'Noto Sans',
    apt: 'fonts-noto-core',
    why: 'Vietnamese glyphs for screenshots and for the text the layout tests measure',
  },
};

/** Far from Vietnam (UTC-5/-4): a Vietnam-time dateline can only come from the library. */
export const TEST_TIME_ZONE = 'America/New_York';

/** Debian Chromium's flags for every headless run here (tests, bench, screenshots): no sandbox, GPU or background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
