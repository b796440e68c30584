#!/usr/bin/env node
// `npm test`: makes sure the three engines (and xvfb, xauth, the Noto fonts) are here, installing
// the missing Debian packages with apt-get when it runs as root or with passwordless sudo
// (scripts/setup-browsers.mjs; PARTY_NEWS_NO_INSTALL=1 leaves apt alone), runs the Node tests of
// the `party-news` command (test/node), then the browser suite in every engine, saying which. When
// it cannot install, it prints the exact command; outside CI it still runs the engines that are
// here. In CI (CI=true) all three are required, so a missing browser fails the run instead of
// quietly shrinking it.
// WebKit's MiniBrowser has no headless mode: when there is no display, the run goes under xvfb-run.
import { spawnSync } from 'node:child_process';

import { QUIET_FILES } from '../web-test-runner.config.mjs';
import { setUp } from './setup-browsers.mjs';

const ready = setUp({ label: 'party-news tests' });
if (!ready.ok) process.exit(1);
const { engines } = ready;
console.log(`party-news tests: running in ${engines.join(', ')}`);

// The Node side first (the `party-news` command, built by pretest), unless only some browser
// test files were asked for; the browsers' summary line stays the last thing printed.
const browserFilesOnly = process.argv.includes('--files');
const node = browserFilesOnly
  ? { status: 0 }
  : // Each test gets 2 minutes: a `party-news` process that never exits fails its test, not the run.
    spawnSync('node', ['--test', '--test-timeout=120000', '--test-reporter=spec', 'test/node/'], { stdio: 'inherit' });
if (node.status !== 0) console.log('party-news tests: the Node tests (test/node) failed; see above.');

const wtr = ['node_modules/.bin/wtr', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const command = engines.includes('webkit') && !ready.display ? [ready.xvfbRun, '-a', ...wtr] : wtr;
const env = { ...process.env, PARTY_NEWS_ENGINES: engines.join(',') };
const result = spawnSync(command[0], command.slice(1), {
  stdio: 'inherit',
  env,
});
// The timing tests, alone, one browser at a time (see QUIET_FILES), unless files were named.
const quiet = browserFilesOnly
  ? { status: 0 }
  : spawnSync(command[0], [...command.slice(1), '--concurrent-browsers', '1', '--files', ...QUIET_FILES], {
      stdio: 'inherit',
      env,
    });
process.exit(node.status || (result.status ?? 1) || (quiet.status ?? 1));
