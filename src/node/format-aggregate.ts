// aggregate's report: each source as `check` reports it, under its unit's name, then one line on
// the file written; or the same facts as one JSON object, each source as `check --json` gives it.
import { MAX_BYTES } from '../model/reading/fetch-feed.js';
import type { Aggregated, Read } from './aggregate.js';
import { checkJson, EXIT, formatCheck, formatUnreadable, unreadableJson } from './format-check.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const labelOf = ({ name, source }: Read) => (name === source ? source : `${name} (${source})`);
const MB = 1024 * 1024;
const size = (bytes: number) => (bytes < MB ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / MB).toFixed(1)} MB`);

/** Said when the file is larger than the widget reads by default (its `max-bytes`). */
const overMaxBytes = (bytes: number) =>
  `${size(bytes)} is over the 10 MB <party-news-feed> reads by default (max-bytes): keep the newest with --max-items, or raise max-bytes.`;

export function formatAggregate(out: string, done: Aggregated): string {
  const { reads, articles, shared, bytes, written, writeError } = done;
  const sources = reads.map(
    (r) => `${'feed' in r ? formatCheck(labelOf(r), r.baseUrl, r.check) : formatUnreadable(labelOf(r), r.failure)}\n`,
  );
  const failed = reads.filter((r) => 'failure' in r);
  const read = reads.length - failed.length;
  if (writeError) return [...sources, writeError].join('\n');
  if (!written) return [...sources, `Nothing written: no source could be read; ${out} is left as it was.`].join('\n');
  const counts = `${plural(articles.length, 'article')} from ${read} of ${plural(reads.length, 'unit')}`;
  const cut = done.merged > articles.length ? ` (the newest of ${done.merged}, --max-items)` : '';
  const kept = shared ? `; ${plural(shared, 'article')} published by more than one unit, kept once` : '';
  const missing = failed.length
    ? ` Not merged, ${plural(failed.length, 'unit')} that could not be read: ${failed.map((r) => `"${r.name}"`).join(', ')}.`
    : '';
  const large = bytes > MAX_BYTES ? ` WARNING: ${overMaxBytes(bytes)}` : '';
  return [...sources, `Wrote ${out}: ${counts}${cut}${kept}; ${size(bytes)}.${missing}${large}`].join('\n');
}

export function aggregateJson(out: string, done: Aggregated) {
  const { reads, articles, shared, bytes, written, writeError, exitCode } = done;
  const sources = reads.map((r) =>
    'feed' in r
      ? { name: r.name, ...checkJson(r.source, r.baseUrl, r.check) }
      : { name: r.name, ...unreadableJson(r.source, r.failure) },
  );
  const facts = { out, written, writeError, title: done.title, articles: articles.length, merged: done.merged, shared };
  return { ...facts, bytes, overMaxBytes: bytes > MAX_BYTES, ok: exitCode === EXIT.ok, exitCode, sources };
}
