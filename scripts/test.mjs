#!/usr/bin/env node
// `npm test`: makes sure the three engines (and xvfb, xauth, the Noto fonts) are here, installing
// the missing Debian packages with apt-get when it runs as root or with passwordless sudo
// (scripts/setup-browsers.mjs; PARTY_NEWS_NO_INSTALL=1 leaves apt alone), then runs the suite in
// every engine and says which. When it cannot install, it prints the exact command; outside CI it
// still runs the engines that are here. In CI (CI=true) all three are required, so a missing
// browser fails the run instead of quietly shrinking it.
// WebKit's MiniBrowser has no headless mode: when there is no display, the run goes under xvfb-run.
import { spawnSync } from 'node:child_process';

import { setUp } from './setup-browsers.mjs';

const ready = setUp({ label: 'party-news tests' });
if (!ready.ok) process.exit(1);
const { engines } = ready;
console.log(`party-news tests: running in ${engines.join(', ')}`);

const wtr = ['node_modules/.bin/wtr', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const command = engines.includes('webkit') && !ready.display ? [ready.xvfbRun, '-a', ...wtr] : wtr;
const result = spawnSync(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, PARTY_NEWS_ENGINES: engines.join(',') },
});
process.exit(result.status ?? 1);
