// The peers' own expectations (../shared/corpora/peer-feeds/manifest.json), compared with what
// party-news shows of each item (peer-view.mjs). Only what a reader of party-news sees is compared:
// titles, summaries and bodies as text, links, ids, bylines, tags, dates and language. A case about
// anything else (rights, enclosures, link relations, e-mail addresses, a feed's own fields) is "not
// claimed" and left out of the count, as are the cases the manifest itself skips.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITY = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Markup as the text a reader sees: tags gone, references decoded, whitespace collapsed. */
export const textOf = (value) =>
  typeof value !== 'string'
    ? value
    : value
        .replace(/<[a-z/!?][^<>]*>/gi, '')
        .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec, hex, name) =>
          dec || hex ? String.fromCodePoint(parseInt(dec ?? hex, dec ? 10 : 16)) : (ENTITY[name] ?? whole),
        )
        .normalize('NFC')
        // party-news drops invisible characters from text by design (see text.ts).
        .replace(/[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
        .replace(/\s+/g, ' ')
        .trim() || undefined;

/**
 * Text fields agree when they read the same, spaces aside (where markup's tags leave a space is the
 * renderer's business), whether the peer's value is markup or plain text ("a <b> tag" as written).
 */
const sameText = (got, want) => {
  const bare = (s) => (typeof s === 'string' ? s.replace(/\s+/g, '') : s);
  return bare(got) === bare(textOf(want)) || (typeof want === 'string' && bare(got) === bare(want));
};

/** A feedparser time tuple (UTC, whole seconds) as an ISO string. */
function tupleIso(t) {
  if (!Array.isArray(t)) return t ?? undefined;
  const date = new Date(Date.UTC(2000, t[1] - 1, t[2], t[3], t[4], t[5]));
  date.setUTCFullYear(t[0]);
  return date.toISOString();
}
/** A date to whole seconds, as feedparser's tuples keep it. */
const seconds = (iso) => iso?.replace(/\.\d{3}Z$/, '.000Z');
/** feedparser's `author` keeps the address; party-news shows the name alone. */
const nameOf = (author) =>
  textOf(
    author
      ?.replace(/\S+@\S+/, '')
      .replace(/[()<>]/g, ' ')
      .trim(),
  );

/** Where a feedparser entry field is in party-news's view of the item, and how the peer's value reads there. */
function claimed(rest) {
  const key = rest.map((p) => (typeof p === 'number' ? '#' : p)).join('.');
  const at = rest.find((p) => typeof p === 'number') ?? 0;
  const plain = {
    title: 'title',
    'title_detail.value': 'title',
    link: 'url',
    id: 'id',
    guid: 'id',
    language: 'language',
  }[key];
  if (plain) return { got: (v) => v[plain], text: plain === 'title' || plain === 'language' };
  // feedparser's summary falls back to the content, as party-news's card does.
  if (['description', 'summary', 'summary_detail.value'].includes(key))
    return { got: (v) => v.summary ?? v.content, text: true };
  if (key === 'content.#.value' && at === 0) return { got: (v) => v.content, text: true };
  if (key === 'author') return { got: (v) => v.authors[0]?.name, want: nameOf };
  if (key === 'author_detail.name') return { got: (v) => v.authors[0]?.name, text: true };
  if (key === 'authors.#.name') return { got: (v) => v.authors[at]?.name, text: true };
  if (key === 'authors.#.url' || key === 'author_detail.url') return { got: (v) => v.authors[at]?.url };
  if (key === 'tags.#.term' || key === 'category') return { got: (v) => v.tags[at], text: true };
  if (key === 'published_parsed') return { got: (v) => seconds(v.published), want: tupleIso };
  // party-news reads an updated-only item's date as its date of publication.
  if (key === 'updated_parsed') return { got: (v) => seconds(v.modified ?? v.published), want: tupleIso };
  return undefined;
}

function expectCase(c, result) {
  const checks = c.checks.map((ch) => ({ ...ch, map: ch.path[0] === 'entries' && claimed(ch.path.slice(2)) }));
  if (c.untranslated?.length || !checks.length || checks.some((ch) => !ch.map))
    return 'not claimed: a field party-news does not show';
  for (const { path, op, value, map } of checks) {
    const view = result.views?.[path[1]];
    const got = view && map.got(view);
    const want = map.want ? map.want(value) : value;
    if ((map.text ? sameText(got, want) : got === want) !== (op === '=='))
      return `${path.slice(2).join('.')}: got ${JSON.stringify(got)}, want ${op} ${JSON.stringify(want)}`;
  }
  return '';
}

/** Items compared one by one with a snapshot's (title, link, date); the counts must agree too. */
function itemsCase(result, items, base, fields) {
  // A peer that leaves a link relative is compared by where it leads.
  const readers = { text: textOf, url: (url) => url && new URL(url, base).href, date: isoOf };
  const agree = (kind, got, want) => (kind === 'text' ? sameText(got, want) : got === want);
  const kept = (result.views ?? []).filter((v) => v.kept);
  if (kept.length !== items.length) return `${kept.length} articles, the peer ${items.length}`;
  for (const [i, item] of items.entries())
    for (const [ours, theirs, kind = 'text'] of fields) {
      const want = readers[kind](item[theirs]);
      if (want != null && !agree(kind, kept[i][ours], want))
        return `item ${i} ${ours}: got ${JSON.stringify(kept[i][ours])}, want ${JSON.stringify(want)}`;
    }
  return '';
}

const isoOf = (v) => (v ? new Date(v).toISOString() : undefined);

/** '' when party-news agrees with the case, 'not claimed: <why>', or what differs. */
export function judge(c, result, root) {
  if (c.notClaimed) return `not claimed: ${c.notClaimed}`;
  const expected = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
  // SPEC requires a title (RSS's stands in from the description): an item with neither is no article.
  const untitled = (items) => items.some((item) => item.title == null && item.description == null);
  const peerItems = c.expected && /\.json$/.test(c.expected) ? expected(c.expected).feed.items : undefined;
  const jsonItems = c.kind === 'jsonfeed' ? expected(c.file).items : undefined;
  if (untitled(peerItems ?? jsonItems ?? [])) return 'not claimed: items without a title (SPEC requires one)';
  if (result.error) return `not read: ${result.error}`;
  switch (c.kind) {
    case 'expect':
      return expectCase(c, result);
    case 'date': {
      const got = seconds(result.views?.[0]?.published);
      const want = tupleIso(c.expected);
      return got === want ? '' : `date: got ${got}, want ${want}`;
    }
    case 'snapshot':
      return itemsCase(result, peerItems, c.baseUrl, [
        ['title', 'title'],
        ['url', 'url', 'url'],
        ['published', 'published', 'date'],
      ]);
    case 'rssparser':
      return itemsCase(result, peerItems, c.baseUrl, [
        ['title', 'title'],
        ['url', 'link', 'url'],
        ['published', 'isoDate', 'date'],
      ]);
    case 'jsonfeed':
      return result.skipped ? `${result.skipped} items skipped` : '';
    default:
      return 'not claimed: a kind of case this script does not read';
  }
}

/** Why a case is about something party-news does not claim, from its feed alone; else undefined. */
function notClaimed(file, bytes) {
  // The manifest skips the CDF group for this reason; one CDF feed stands among the xml:base cases.
  if (/\/cdf_/.test(file)) return 'CDF is not a claimed format';
  if (undecodable(bytes)) return 'an encoding no browser decodes (the Encoding Standard has none of that name)';
  const xml = bytes.toString('latin1');
  // RFC 4287 writes any other media type in base64; a title or summary of one is not Atom at all.
  if (/<(?:title|summary|content)[^>]*type="application\/octet-stream"/.test(xml))
    return 'Atom text in a binary media type (base64)';
  if (/^<rss[\s>]/m.test(xml) && /<(?:summary|fullitem|tags)>/.test(xml))
    return 'RSS elements no standard or module defines (<summary>, <fullitem>, <tags>)';
  return undefined;
}

/** True when the feed declares an encoding the Encoding Standard (so every browser) cannot decode. */
function undecodable(bytes) {
  // EBCDIC: "<?xm" in code page 037, which feedparser sniffs and no browser decodes.
  if (bytes.subarray(0, 4).equals(Buffer.from([0x4c, 0x6f, 0xa7, 0x94]))) return true;
  const declared = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(bytes.subarray(0, 200).toString('latin1'));
  if (!declared) return false;
  // As decode.ts reads a label: as written, or with hyphens for underscores.
  return ![declared[1], declared[1].replace(/_/g, '-')].some((name) => {
    try {
      return new TextDecoder(name);
    } catch {
      return false;
    }
  });
}

/**
 * The manifest's cases it does not skip, each with the base URL its links resolve against and the
 * zone its peer assumes for dates written without one (UTC, where party-news assumes Vietnam time).
 */
export function peerCases(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  return manifest.cases
    .filter((c) => !c.skip)
    .map((c) => ({
      ...c,
      notClaimed: notClaimed(c.file, readFileSync(join(root, c.file))),
      timeZone: c.peer === 'kurtmckee/feedparser' ? 'UTC' : undefined,
      baseUrl:
        c.kind === 'snapshot'
          ? JSON.parse(readFileSync(join(root, c.expected), 'utf8')).url
          : `http://localhost:8097/${c.file}`,
    }));
}
