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

/** Far from Vietnam (UTC-5/-4): a Vietnam-time dateline can only come from the library. */
export const TEST_TIME_ZONE = 'America/New_York';
