#!/usr/bin/env node
// `npm test`: runs the suite in every engine installed here, and says which. In CI (CI=true)
// all three are required, so a missing browser fails the run instead of quietly shrinking it.
// WebKit's MiniBrowser has no headless mode: when there is no display, the run goes under xvfb-run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES } from './engines.mjs';

const installed = (name) => {
  const e = ENGINES[name];
  return existsSync(e.binary) && (!e.driver || existsSync(e.driver));
};
const names = Object.keys(ENGINES);
let engines = names.filter(installed);
const missing = names.filter((n) => !engines.includes(n));
const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
if (engines.includes('webkit') && !process.env.DISPLAY && !xvfb) {
  missing.push('webkit (no display and no xvfb-run)');
  engines = engines.filter((n) => n !== 'webkit');
}

if (missing.length) {
  const apt = names.filter((n) => !installed(n)).map((n) => ENGINES[n].apt).concat(xvfb ? [] : ['xvfb']);
  const hint = `install with: apt-get install ${apt.join(' ')}`;
  if (process.env.CI) {
    console.error(`party-news tests: CI needs all three engines; missing ${missing.join(', ')} (${hint}).`);
    process.exit(1);
  }
  console.warn(`party-news tests: skipping ${missing.join(', ')} (${hint}).`);
}
if (!engines.length) {
  console.error('party-news tests: no browser engine found.');
  process.exit(1);
}
console.log(`party-news tests: running in ${engines.join(', ')}`);

const wtr = ['node_modules/.bin/wtr', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const command = engines.includes('webkit') && !process.env.DISPLAY ? [xvfb, '-a', ...wtr] : wtr;
const result = spawnSync(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, PARTY_NEWS_ENGINES: engines.join(',') },
});
process.exit(result.status ?? 1);
