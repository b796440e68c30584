// `party-news`: the command of the package's bin. Subcommands share one parser and one exit-code
// scheme (format-check.ts's EXIT), so a CMS build or CI can rely on them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import type { FeedLayout } from '../feed/feed.js';
import { parseUrl } from '../model/items/urls.js';
import { version } from '../version.js';
import { checkJson, EXIT, exitCodeOf, formatCheck, formatUnreadable, unreadableJson } from './format-check.js';
import { type CheckedSource, readCheckedSource, type SourceOptions } from './read-checked.js';
import { isUrl, relativeUrlIn } from './read-source.js';

const USAGE = `Usage: party-news <command> [options]

Commands:
  check <file|url>   Read a feed exactly as <party-news-feed> does and print every problem by
                     item and field: what readers will see, what is repaired, kept without a
                     date, or skipped. Exit code 0: every item will be shown; 1: some item will
                     be skipped; 2: the feed cannot be read; 64: wrong usage.

  render <file|url> --out <dir> --site-url <url> [--base-url <url>]
                     Write one static HTML page per article (the report pre-rendered, readable
                     without script; title, description, Open Graph and Twitter tags, canonical
                     URL, NewsArticle JSON-LD) and index.html, the list, into <dir>, for a web
                     server or CDN at <url>. The pages link each other by file name, so <dir>
                     also reads opened from disk. Exit code 0; 2 when the feed cannot be read;
                     64: wrong usage, or a feed file with relative URLs and no --base-url.

  aggregate <file|url>... --out <file> [--name <unit>]... [--title <text>] [--max-items <n>]
                     Merge many units' feeds into one JSON Feed 1.1 file, for a scheduled job
                     and a web server or CDN: newest first, each article naming its units, one
                     that two units published kept once naming both. Each source is read and
                     reported as check does, under its unit's name: the Nth --name, else its
                     feed's title, else its file name or URL. The file is replaced whole.
                     Exit code 0: every item merged; 1: some item skipped, or <file> is over
                     the widget's default 10 MB; 2: some source cannot be read (the others
                     written; none read: nothing written); 64: wrong usage; 73: <file> cannot
                     be written.

Options for check, render and aggregate:
  --json             Print one JSON object instead of text.
  --base-url <url>   Where the feed will be served (relative URLs resolve against it).
                     Default for a URL: its final address; for a file: https://example.invalid/<name>
                     for check, while render and aggregate stop (64) at a file with relative URLs
                     without it. aggregate: where the feed files are served (URLs keep their own).
  --time-zone <tz>   Zone of dates written without one, as the feed's time-zone attribute.
                     Default: Asia/Ho_Chi_Minh.
  --timeout <s>      Seconds for each attempt to fetch a URL. Default: 10.
  --lang <vi|en>     render: the pages' language. Default: vi.
  --layout <name>    render: index.html's layout, grid, list, compact or featured. Default: grid.
  --tabs, --archive  render: index.html's category tabs, and its "Xem theo ngày" date input.
  --title <text>     aggregate: the merged feed's title. Default: "Tin của <N> đơn vị".
  --max-items <n>    aggregate: write only the newest <n> articles. Default: all.

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

type Values = Record<string, string | boolean | undefined>;
const LAYOUTS: FeedLayout[] = ['grid', 'list', 'compact', 'featured'];

/** The reading options every command takes, checked, or the exit code after saying which is wrong. */
function sourceOptions(values: Values, io: Io): SourceOptions | number {
  const timeout = values.timeout ? Number(values.timeout) * 1000 : undefined;
  if (timeout !== undefined && !(timeout > 0)) return usage(io, `--timeout must be a number of seconds.`);
  const timeZone = values['time-zone'] as string | undefined;
  if (timeZone && !knownZone(timeZone))
    return usage(io, `--time-zone "${timeZone}" is neither an IANA zone nor an offset like +07:00.`);
  const baseUrl = values['base-url'] as string | undefined;
  if (baseUrl !== undefined && !parseUrl(baseUrl)) return usage(io, `--base-url "${baseUrl}" does not parse as a URL.`);
  return { baseUrl, timeout, timeZone };
}

/**
 * The feed of `source` read and checked as the widget reads it, or the exit code after saying
 * why it could not be (a wrong option, a missing file, the FeedError readers would see).
 */
async function readChecked(source: string, values: Values, io: Io): Promise<CheckedSource | number> {
  const options = sourceOptions(values, io);
  if (typeof options === 'number') return options;
  const read = await readCheckedSource(source, options);
  if (!('failure' in read)) return read;
  io.out(
    values.json
      ? JSON.stringify(unreadableJson(source, read.failure), null, 2)
      : formatUnreadable(source, read.failure),
  );
  return EXIT.unreadable;
}

async function check(source: string, values: Values, io: Io): Promise<number> {
  const read = await readChecked(source, values, io);
  if (typeof read === 'number') return read;
  const { check, baseUrl } = read;
  io.out(
    values.json ? JSON.stringify(checkJson(source, baseUrl, check), null, 2) : formatCheck(source, baseUrl, check),
  );
  return exitCodeOf(check);
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
        out: { type: 'string' },
        'site-url': { type: 'string' },
        lang: { type: 'string' },
        layout: { type: 'string' },
        tabs: { type: 'boolean' },
        archive: { type: 'boolean' },
        name: { type: 'string', multiple: true },
        title: { type: 'string' },
        'max-items': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  const {
    values: { name: names = [], ...values },
    positionals,
  } = parsed;
  if (values.version) return (io.out(version), EXIT.ok);
  const [command, ...rest] = positionals;
  if (values.help || !command) return values.help ? (io.out(USAGE), EXIT.ok) : usage(io, 'no command given.');
  if (command === 'aggregate') return aggregateFeeds(rest, names, values, io);
  if (command !== 'check' && command !== 'render') return usage(io, `unknown command "${command}".`);
  if (rest.length !== 1) return usage(io, `${command} takes one feed: a file or an http(s) URL.`);
  return command === 'check' ? check(rest[0], values, io) : renderSite(rest[0], values, io);
}

async function renderSite(source: string, values: Values, io: Io): Promise<number> {
  const { out, lang = 'vi' } = values as Record<string, string | undefined>;
  const siteUrl = values['site-url'] as string | undefined;
  if (!out || !siteUrl)
    return usage(io, 'render needs --out <dir> and --site-url <url> (link previews need absolute URLs).');
  if (!/^https?:$/.test(parseUrl(siteUrl)?.protocol ?? ''))
    return usage(io, `--site-url "${siteUrl}" is not an http(s) URL.`);
  if (lang !== 'vi' && lang !== 'en') return usage(io, '--lang is vi or en.');
  const layout = (values.layout ?? 'grid') as FeedLayout;
  if (!LAYOUTS.includes(layout)) return usage(io, `--layout is one of ${LAYOUTS.join(', ')}.`);
  const read = await readChecked(source, values, io);
  if (typeof read === 'number') return read;
  const { data, feed, baseUrl } = read;
  // A file given no --base-url was read against a placeholder (fileBase): a relative URL in it
  // would send readers' links and photos nowhere.
  const placeholder = values['base-url'] === undefined && !isUrl(source);
  const relative = placeholder ? relativeUrlIn(data, feed, baseUrl) : undefined;
  if (relative)
    return usage(
      io,
      `${source} has relative URLs (e.g. "${relative}"); add --base-url https://your-portal.gov.vn/ so links and images point at your site.`,
    );
  const { writeSite } = await import('./site.js');
  const script = fileURLToPath(new URL('../party-news.hydrate.iife.js', import.meta.url));
  if (!existsSync(script)) return usage(io, `${script} is missing: run npm run build first.`);
  const site = await writeSite(data, feed, {
    out,
    siteUrl,
    lang,
    baseUrl,
    script,
    timeZone: values['time-zone'] as string | undefined,
    list: { layout, tabs: values.tabs === true, archive: values.archive === true },
  });
  const readAgainst = placeholder ? '' : `; relative URLs read against ${baseUrl}`;
  io.out(`${source}: wrote ${site.pages.size} article pages and index.html to ${out} (for ${siteUrl}${readAgainst}).`);
  if (feed.problems.length)
    io.out(`${feed.problems.length} problems in the feed: party-news check ${source} lists them.`);
  return EXIT.ok;
}

async function aggregateFeeds(sources: string[], names: string[], values: Values, io: Io): Promise<number> {
  const { out, title } = values as Record<string, string | undefined>;
  if (!sources.length || !out)
    return usage(io, 'aggregate needs one or more feeds (files or http(s) URLs) and --out <file>.');
  if (names.length > sources.length)
    return usage(io, `${names.length} --name for ${sources.length} feeds: the Nth --name names the Nth feed.`);
  if ([...names, title].some((text) => text !== undefined && !text.trim()))
    return usage(io, '--name and --title cannot be empty.');
  const maxItems = values['max-items'] === undefined ? undefined : Number(values['max-items']);
  if (maxItems !== undefined && !(Number.isInteger(maxItems) && maxItems > 0))
    return usage(io, '--max-items must be a whole number of articles, 1 or more.');
  const options = sourceOptions(values, io);
  if (typeof options === 'number') return options;
  const { aggregate } = await import('./aggregate.js');
  const command = {
    sources,
    names: names.map((n) => n.trim()),
    out,
    title: title?.trim(),
    maxItems,
    json: values.json === true,
    options,
  };
  return aggregate(command, (problem) => usage(io, problem), io.out);
}
