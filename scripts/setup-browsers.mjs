#!/usr/bin/env node
// What the three-engine test run needs from Debian, and installing what is missing. One list for
// `npm test` (scripts/test.mjs) and CI (.ci/run): the engines in ./engines.mjs (ENGINES) and what
// else the run needs (SUPPORT: xvfb, xauth, the Noto fonts).
//
// Run as root, or with passwordless sudo, on a Debian machine: missing packages are installed
// with apt-get (update first, noninteractive), after saying which and why. Otherwise, or with
// PARTY_NEWS_NO_INSTALL=1, nothing is installed and the exact command to run is printed.
//
//   node scripts/setup-browsers.mjs              set up, then exit 0 when the run can go ahead
//   node scripts/setup-browsers.mjs --dry-run    only say what is missing and what would be done
//   node scripts/setup-browsers.mjs --versions   after setting up, print each engine's version
//
// plan() decides from plain facts, so it is unit-tested (setup-browsers.test.mjs) without
// touching the machine; probe() and setUp() are the parts that look and act.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ENGINES, SUPPORT } from './engines.mjs';

const LABELS = {
  chromium: 'Chromium',
  firefox: 'Firefox ESR',
  webkit: 'WebKit (WebKitGTK MiniBrowser + WebKitWebDriver)',
};

/** True when the value of an opt-out variable means yes ('', '0', 'false', 'no' mean no). */
export const isSet = (value) => value !== undefined && !['', '0', 'false', 'no'].includes(String(value).toLowerCase());

/**
 * Decides from facts about the machine (see probe()) what a test run must do.
 * @returns {{ action: 'run' | 'install' | 'partial' | 'stop', missing: { name: string, apt: string, why: string }[],
 *   packages: string[], engines: string[], reason?: string, steps?: string[][], command?: string }}
 *   run: everything is here; install: run `steps` (argv lists), then probe again; partial: cannot
 *   install, run `engines` after a warning that names `command`; stop: cannot install and cannot run.
 */
export function plan(facts, { optOut = false, ci = false } = {}) {
  const missing = [];
  for (const [name, engine] of Object.entries(ENGINES)) {
    if (!facts.engines[name]) missing.push({ name, apt: engine.apt, why: `the ${LABELS[name] ?? name} engine` });
  }
  for (const [name, need] of Object.entries(SUPPORT)) {
    if (need.display && facts.display) continue;
    const present = need.command ? facts.commands[need.command] : facts.fonts[need.font];
    if (!present) missing.push({ name, apt: need.apt, why: need.why });
  }
  const packages = [...new Set(missing.map((m) => m.apt))];
  const xvfb = facts.display || (facts.commands['xvfb-run'] && facts.commands.xauth);
  const engines = Object.keys(ENGINES).filter((name) => facts.engines[name] && (name !== 'webkit' || xvfb));
  if (!missing.length) return { action: 'run', missing, packages, engines };

  const reason = optOut
    ? 'PARTY_NEWS_NO_INSTALL is set'
    : !facts.apt
      ? 'there is no apt-get here (the tests use the Debian packages)'
      : !facts.root && !facts.sudo
        ? `this is not root, and ${facts.sudoInstalled === false ? 'there is no sudo' : 'sudo needs a password'}`
        : null;
  if (!reason) {
    const sudo = facts.root ? [] : ['sudo', '-n'];
    const steps = [
      [...sudo, 'apt-get', 'update', '-qq'],
      // Waits for dpkg's lock instead of failing while, say, unattended-upgrades runs after boot.
      [
        ...sudo,
        'env',
        'DEBIAN_FRONTEND=noninteractive',
        'apt-get',
        'install',
        '-y',
        '-qq',
        '-o',
        'DPkg::Lock::Timeout=300',
        ...packages,
      ],
    ];
    return { action: 'install', missing, packages, engines, steps };
  }
  // Without sudo, the same command as root (`su -`).
  const sudo = facts.root || facts.sudoInstalled === false ? '' : 'sudo ';
  const command = `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
  // In CI a missing engine fails the run rather than quietly shrinking it; so does a run with no engine.
  const action = ci || !engines.length ? 'stop' : 'partial';
  return { action, missing, packages, engines, reason, command };
}

function onPath(command, env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // not in this directory
    }
  }
  return '';
}

function hasFont(family, apt) {
  const fc = spawnSync('fc-list', ['-q', family]);
  if (!fc.error) return fc.status === 0;
  // No fontconfig to ask: the package being installed will do.
  const dpkg = spawnSync('dpkg-query', ['-W', '-f=${Status}', apt], { encoding: 'utf8' });
  return !dpkg.error && dpkg.status === 0 && dpkg.stdout.endsWith(' installed');
}

/** Looks at this machine: which engines, commands and fonts are here, and who we are. */
export function probe(env = process.env) {
  const engines = {};
  for (const [name, e] of Object.entries(ENGINES))
    engines[name] = existsSync(e.binary) && (!e.driver || existsSync(e.driver));
  const commands = {};
  const fonts = {};
  for (const need of Object.values(SUPPORT)) {
    if (need.command) commands[need.command] = onPath(need.command, env);
    if (need.font) fonts[need.font] = hasFont(need.font, need.apt);
  }
  return {
    engines,
    commands,
    fonts,
    display: Boolean(env.DISPLAY),
    root: process.getuid?.() === 0,
    apt: Boolean(onPath('apt-get', env)),
    sudoInstalled: Boolean(onPath('sudo', env)),
    // Asked only when it matters (see setUp): `sudo -n true` succeeds without a password.
    sudo: undefined,
  };
}

const canSudo = () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;

const list = (missing) => missing.map((m) => `  ${m.apt.padEnd(18)} ${m.why}`).join('\n');

/**
 * Makes the machine ready for the test run, installing what is missing when it may.
 * @returns {{ ok: boolean, engines: string[], xvfbRun: string, display: boolean }}
 *   ok false: the caller should exit 1 (the reason and the command have been printed).
 */
export function setUp({
  env = process.env,
  dryRun = false,
  label = 'party-news setup',
  log = console.log,
  warn = console.warn,
} = {}) {
  let facts = probe(env);
  const options = { optOut: isSet(env.PARTY_NEWS_NO_INSTALL), ci: isSet(env.CI) };
  if (!facts.root && facts.sudoInstalled && facts.apt && !options.optOut && plan(facts, options).action !== 'run')
    facts.sudo = canSudo();
  let decision = plan(facts, options);
  const result = () => ({
    ok: true,
    engines: decision.engines,
    xvfbRun: facts.commands['xvfb-run'],
    display: facts.display,
  });

  if (decision.action === 'run') {
    if (dryRun) log(`${label}: nothing missing; engines: ${decision.engines.join(', ')}.`);
    return result();
  }
  if (decision.action === 'install') {
    const shown = decision.steps.map((s) => s.join(' ')).join(' && ');
    log(`${label}: the three-engine test run needs these Debian packages, missing here:\n${list(decision.missing)}`);
    if (dryRun) {
      log(`${label}: would run (as ${facts.root ? 'root' : 'passwordless sudo'}): ${shown}`);
      return result();
    }
    log(
      `${label}: installing them (as ${facts.root ? 'root' : 'passwordless sudo'}; PARTY_NEWS_NO_INSTALL=1 leaves apt alone):\n  ${shown}\n` +
        `${label}: ${decision.missing.some((m) => ENGINES[m.name]) ? 'the browsers are a few hundred MB, so this takes a few minutes; ' : ''}apt's output is shown if it fails.`,
    );
    for (const step of decision.steps) {
      const run = spawnSync(step[0], step.slice(1), {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (run.status !== 0) {
        const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
        warn(
          `${output}\n${label}: \`${step.join(' ')}\` failed (${run.error?.message ?? `exit ${run.status}`}); no test run.`,
        );
        return { ...result(), ok: false };
      }
    }
    const installed = decision.packages;
    facts = { ...probe(env), sudo: facts.sudo };
    decision = plan(facts, options);
    if (decision.action === 'run') {
      log(`${label}: installed ${installed.join(', ')}.`);
      return result();
    }
    // Installed, yet still not found: a path in engines.mjs this system does not use (another architecture?).
    warn(
      `${label}: still missing after apt-get install:\n${list(decision.missing)}\n` +
        `Expected at: ${decision.missing.map((m) => ENGINES[m.name]?.binary ?? SUPPORT[m.name]?.command ?? SUPPORT[m.name]?.font).join(', ')} (scripts/engines.mjs).`,
    );
    return { ...result(), ok: false };
  }

  // Cannot install: say exactly what to run.
  const head =
    `${label}: the three-engine test run needs these Debian packages, missing here:\n${list(decision.missing)}\n` +
    `Not installing: ${decision.reason}. Install them${facts.root || facts.sudoInstalled ? '' : ' as root'} with:\n  ${decision.command}`;
  if (decision.action === 'stop') {
    warn(`${head}\n${options.ci ? 'CI needs all of them.' : 'No engine can run.'}`);
    return { ...result(), ok: false };
  }
  warn(
    `${head}\nRunning without them: ${decision.engines.join(', ')} only${decision.missing.some((m) => m.name === 'fonts') ? ' (layout tests may fail without the fonts)' : ''}.`,
  );
  return result();
}

/** Each engine's version, one line each (what CI prints before testing). */
export function versions() {
  const first = (cmd, args) => {
    const out = spawnSync(cmd, args, { encoding: 'utf8' });
    return out.error ? `${cmd}: not found` : (out.stdout || out.stderr).trim().split('\n')[0];
  };
  return [
    first(ENGINES.chromium.binary, ['--version']),
    first(ENGINES.firefox.binary, ['--version']),
    `webkit2gtk-driver ${first('dpkg-query', ['-W', '-f=${Version}', ENGINES.webkit.apt])}`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const ready = setUp({ dryRun });
  if (ready.ok && !dryRun && args.includes('--versions')) for (const line of versions()) console.log(line);
  process.exit(ready.ok ? 0 : 1);
}
