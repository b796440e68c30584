// The large hostile corpus, for the test server: the payloads generated here, plus the public
// lists kept in shared/corpora/xss beside this checkout (never copied into it; see SOURCES.md
// there for their repositories, commits and licences), plus any list named in
// PARTY_NEWS_CORPUS_EXTRA (comma-separated JSON files, `{ payloads }` or an array: the PortSwigger
// cheat sheet, whose terms allow no copy, is passed this way at run time only).
//
// One run takes a sample: PARTY_NEWS_CORPUS_SIZE payloads (default 200, or "all"), drawn with
// the seed PARTY_NEWS_CORPUS_SEED (default: a new one each run, printed, so a failure repeats).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

import { GENERATED } from './generate.mjs';

const PUBLIC = new URL('../../../../shared/corpora/xss/', import.meta.url);

function readList(path) {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  return (Array.isArray(data) ? data : data.payloads).filter((p) => typeof p === 'string' && p.trim());
}

function sources() {
  const lists = [{ name: 'generated', payloads: GENERATED }];
  if (existsSync(PUBLIC))
    for (const file of readdirSync(PUBLIC)
      .filter((f) => f.endsWith('.json'))
      .sort())
      lists.push({ name: `shared/corpora/xss/${file}`, payloads: readList(new URL(file, PUBLIC)) });
  for (const file of (process.env.PARTY_NEWS_CORPUS_EXTRA ?? '').split(',').filter(Boolean))
    lists.push({ name: file, payloads: readList(file) });
  return lists;
}

/** A small, seedable generator (mulberry32): the same seed draws the same sample anywhere. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.PARTY_NEWS_CORPUS_SEED || Math.floor(Math.random() * 2 ** 31));
const SIZE = process.env.PARTY_NEWS_CORPUS_SIZE ?? '200';

let plan;
/** This run's corpus: every source's payloads, deduplicated, and the sample drawn from them. */
export function corpusPlan() {
  if (plan) return plan;
  const lists = sources();
  const all = [...new Set(lists.flatMap((l) => l.payloads))];
  let payloads = all;
  if (SIZE !== 'all') {
    // A partial Fisher–Yates shuffle: the first SIZE places get a uniform sample.
    const next = random(SEED);
    payloads = [...all];
    const n = Math.min(Number(SIZE), all.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (all.length - i));
      [payloads[i], payloads[j]] = [payloads[j], payloads[i]];
    }
    payloads = payloads.slice(0, n);
  }
  plan = {
    seed: SEED,
    total: all.length,
    sources: lists.map(({ name, payloads }) => ({ name, count: payloads.length })),
    payloads,
  };
  return plan;
}
