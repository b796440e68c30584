// The decision behind `npm test`'s setup, from plain facts: nothing here looks at or changes the
// machine. Run with `npm run test:scripts` (node's test runner).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { isSet, plan } from './setup-browsers.mjs';

const ALL = ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth', 'fonts-noto-core'];

/** A machine: everything present unless overridden. */
const machine = (over = {}) => ({
  engines: { chromium: true, firefox: true, webkit: true, ...over.engines },
  commands: { 'xvfb-run': '/usr/bin/xvfb-run', xauth: '/usr/bin/xauth', ...over.commands },
  fonts: { 'Noto Sans': true, ...over.fonts },
  display: false,
  root: true,
  apt: true,
  sudo: false,
  sudoInstalled: true,
  ...Object.fromEntries(Object.entries(over).filter(([k]) => !['engines', 'commands', 'fonts'].includes(k))),
});
/** A fresh Debian machine: Node and npm, none of what the tests need. */
const fresh = (over = {}) =>
  machine({
    engines: { chromium: false, firefox: false, webkit: false },
    commands: { 'xvfb-run': '', xauth: '' },
    fonts: { 'Noto Sans': false },
    ...over,
  });

test('everything present: run all three engines, install nothing', () => {
  const p = plan(machine());
  assert.equal(p.action, 'run');
  assert.deepEqual(p.engines, ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(p.packages, []);
});

test('fresh machine as root: apt-get update, then install every package, noninteractive, no sudo', () => {
  const p = plan(fresh());
  assert.equal(p.action, 'install');
  assert.deepEqual(p.packages, ALL);
  assert.deepEqual(p.steps, [
    ['apt-get', 'update', '-qq'],
    [
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      'install',
      '-y',
      '-qq',
      '-o',
      'DPkg::Lock::Timeout=300',
      ...ALL,
    ],
  ]);
  for (const m of p.missing) assert.ok(m.why.length > 10, `${m.apt} says why it is needed`);
});

test('fresh machine with passwordless sudo: the same steps through sudo -n', () => {
  const p = plan(fresh({ root: false, sudo: true }));
  assert.equal(p.action, 'install');
  assert.deepEqual(
    p.steps.map((s) => s.slice(0, 3)),
    [
      ['sudo', '-n', 'apt-get'],
      ['sudo', '-n', 'env'],
    ],
  );
});

test('fresh machine, not root, no sudo: stop with the exact command', () => {
  const p = plan(fresh({ root: false, sudo: false }));
  assert.equal(p.action, 'stop');
  assert.match(p.reason, /not root, and sudo needs a password/);
  assert.equal(p.command, `sudo apt-get update && sudo apt-get install -y ${ALL.join(' ')}`);
});

test('not root and no sudo at all: the command is for root, without sudo', () => {
  const p = plan(fresh({ root: false, sudo: false, sudoInstalled: false }));
  assert.equal(p.action, 'stop');
  assert.match(p.reason, /no sudo/);
  assert.equal(p.command, `apt-get update && apt-get install -y ${ALL.join(' ')}`);
});

test('PARTY_NEWS_NO_INSTALL as root: never install, print the command without sudo', () => {
  const p = plan(fresh(), { optOut: true });
  assert.equal(p.action, 'stop');
  assert.match(p.reason, /PARTY_NEWS_NO_INSTALL/);
  assert.equal(p.command, `apt-get update && apt-get install -y ${ALL.join(' ')}`);
});

test('no apt-get (not Debian): stop, still naming the Debian packages', () => {
  const p = plan(fresh({ apt: false }));
  assert.equal(p.action, 'stop');
  assert.match(p.reason, /apt-get/);
  assert.match(p.command, /chromium firefox-esr webkit2gtk-driver/);
});

test('one engine missing, cannot install: outside CI run the others; in CI stop', () => {
  const facts = machine({ engines: { firefox: false }, root: false });
  const local = plan(facts);
  assert.equal(local.action, 'partial');
  assert.deepEqual(local.engines, ['chromium', 'webkit']);
  assert.deepEqual(local.packages, ['firefox-esr']);
  assert.equal(plan(facts, { ci: true }).action, 'stop');
});

test('one engine missing as root: install only that package', () => {
  const p = plan(machine({ engines: { webkit: false } }));
  assert.equal(p.action, 'install');
  assert.deepEqual(p.packages, ['webkit2gtk-driver']);
  assert.deepEqual(p.engines, ['chromium', 'firefox']);
});

test('only the fonts missing: install fonts-noto-core, and say why', () => {
  const p = plan(machine({ fonts: { 'Noto Sans': false } }));
  assert.equal(p.action, 'install');
  assert.deepEqual(p.packages, ['fonts-noto-core']);
  assert.match(p.missing[0].why, /Vietnamese/);
});

test('with a display, xvfb and xauth are not needed and WebKit runs', () => {
  const p = plan(machine({ commands: { 'xvfb-run': '', xauth: '' }, display: true }));
  assert.equal(p.action, 'run');
  assert.deepEqual(p.engines, ['chromium', 'firefox', 'webkit']);
});

test('no display and no xauth, cannot install: WebKit is left out, the others run', () => {
  const p = plan(machine({ commands: { xauth: '' }, root: false }));
  assert.equal(p.action, 'partial');
  assert.deepEqual(p.packages, ['xauth']);
  assert.deepEqual(p.engines, ['chromium', 'firefox']);
});

test('PARTY_NEWS_NO_INSTALL values', () => {
  for (const yes of ['1', 'true', 'yes']) assert.equal(isSet(yes), true, yes);
  for (const no of [undefined, '', '0', 'false', 'no']) assert.equal(isSet(no), false, String(no));
});
