// `party-news`: the command of the package's bin. Subcommands share one parser and one exit-code
// scheme (format-check.ts's EXIT), so a CMS build or CI can rely on them.
import { parseArgs } from 'node:util';

import { FeedError } from '../model/feed-error.js';
import { version } from '../version.js';
import { checkFeedText } from './check-feed.js';
import { installDom } from './dom.js';
import { checkJson, EXIT, exitCodeOf, failureJson, formatCheck, formatFailure } from './format-check.js';
import { readFeedSource } from './read-source.js';

const USAGE = `Usage: party-news <command> [options]

Commands:
  check <file|url>   Read a feed exactly as <party-news-feed> does and print every problem by
                     item and field: what readers will see, what is repaired, kept without a
                     date, or skipped. Exit code 0: every item will be shown; 1: some item will
                     be skipped; 2: the feed cannot be read; 64: wrong usage.

Options for check:
  --json             Print one JSON object instead of text.
  --base-url <url>   Where the feed will be served (relative URLs resolve against it).
                     Default for a URL: its final address; for a file: https://example.invalid/<name>.
  --time-zone <tz>   Zone of dates written without one, as the feed's time-zone attribute.
                     Default: Asia/Ho_Chi_Minh.
  --timeout <s>      Seconds for each attempt to fetch a URL. Default: 10.

  -h, --help         This help.   -v, --version   The version.`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

function knownZone(zone: string): boolean {
  if (/^[+-]\d\d:\d\d$/.test(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

async function check(source: string, values: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  const json = values.json === true;
  const timeout = values.timeout ? Number(values.timeout) * 1000 : undefined;
  if (timeout !== undefined && !(timeout > 0)) return usage(io, `--timeout must be a number of seconds.`);
  const zone = values['time-zone'] as string | undefined;
  if (zone && !knownZone(zone))
    return usage(io, `--time-zone "${zone}" is neither an IANA zone nor an offset like +07:00.`);
  await installDom();
  try {
    const read = await readFeedSource(source, { baseUrl: values['base-url'] as string | undefined, timeout });
    const result = checkFeedText(read.text, {
      baseUrl: read.baseUrl,
      timeZone: zone,
      decodeProblems: read.decodeProblems,
    });
    io.out(
      json
        ? JSON.stringify(checkJson(source, read.baseUrl, result), null, 2)
        : formatCheck(source, read.baseUrl, result),
    );
    return exitCodeOf(result);
  } catch (e) {
    if (e instanceof FeedError) {
      io.out(json ? JSON.stringify(failureJson(source, e), null, 2) : formatFailure(source, e));
      return EXIT.unreadable;
    }
    const error = e as NodeJS.ErrnoException;
    if (!error.code) throw e;
    const message = `${source}: cannot be read (${error.message})`;
    io.out(
      json
        ? JSON.stringify({ source, ok: false, exitCode: EXIT.unreadable, error: { code: error.code, message } })
        : message,
    );
    return EXIT.unreadable;
  }
}

function usage(io: Io, problem: string): number {
  io.err(`party-news: ${problem}\n\n${USAGE}`);
  return EXIT.usage;
}

/** Runs the command line `args` (without node and the script); resolves to the exit code. */
export async function main(args: string[], io: Io = stdio): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'base-url': { type: 'string' },
        'time-zone': { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) return (io.out(version), EXIT.ok);
  const [command, ...rest] = positionals;
  if (values.help || !command) return values.help ? (io.out(USAGE), EXIT.ok) : usage(io, 'no command given.');
  if (command !== 'check') return usage(io, `unknown command "${command}".`);
  if (rest.length !== 1) return usage(io, 'check takes one feed: a file or an http(s) URL.');
  return check(rest[0], values, io);
}
