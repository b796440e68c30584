// Feeds as CMSs really write them are often not quite XML: a bare "&" in a URL, HTML entities
// such as &nbsp; that XML never declared, a media: prefix used but never declared, a control
// character pasted from a word processor. One of them makes DOMParser refuse the whole document,
// which would blank a whole section for one bad byte. These repairs make such text XML again and
// say what they did; a feed still broken after them is cut into items, each read on its own.
// Every pass is one linear scan: this text comes from anywhere. Inside CDATA a repair changes
// nothing that matters: "&#160;" and "&amp;" in HTML read as the characters they replaced.
import { entityCode } from '../items/text.js';
import { NS } from './xml-names.js';

/** Where the root element's start tag ends, and its name: the first tag that is not <?…?> or <!…>. */
function rootTag(text: string): { end: number; name: string } | undefined {
  const m = /<([A-Za-z_][\w.:-]*)[^<>]*>/.exec(text);
  return m ? { end: m.index + m[0].length, name: m[1] } : undefined;
}

// What a prefix scan steps over whole (CDATA, comments, processing instructions, a doctype), then
// tags: end mark, name, attributes (their quoted values may hold ">"), closing "/". A section never
// closed runs to the end, as the parser reads it: matched short, each later "<!--" would be scanned
// to the end again (5 MB of "<!--" took 74 s).
const MARKUP =
  /<!\[CDATA\[[^]*?(?:]]>|$)|<!--[^]*?(?:-->|$)|<\?[^]*?(?:\?>|$)|<![^>]*(?:>|$)|<(\/?)([^\s<>/]+)((?:[^<>"']|"[^"<]*"|'[^'<]*')*?)(\/?)>/g;

/**
 * The namespace prefixes used in element or attribute names where no declaration is in scope. One
 * linear scan; CDATA and comments are text. What it cannot read as a tag is left to the parser.
 * Undefined when the text ends inside CDATA, a comment or a processing instruction: Firefox's
 * fragment parser takes that for closed, and silently loses the rest of the feed.
 */
export function undeclaredPrefixes(text: string): Set<string> | undefined {
  const undeclared = new Set<string>();
  // How many open elements declare each prefix, and what each declared.
  const inScope = new Map([
    ['xml', 1],
    ['xmlns', 1],
  ]);
  const open: string[][] = [];
  const count = (prefixes: string[] = [], by: number) =>
    prefixes.forEach((p) => inScope.set(p, (inScope.get(p) ?? 0) + by));
  for (const [tag, end, name, attributes, empty] of text.matchAll(MARKUP)) {
    if (!name) {
      if (!/^<(!--[^]*-->|!\[CDATA\[[^]*]]>|\?[^]*\?>|![^-[][^]*>)$/.test(tag)) return undefined;
      continue;
    }
    if (end) {
      count(open.pop(), -1);
      continue;
    }
    // Most tags have no prefix and declare none: nothing to read.
    const names = tag.includes(':')
      ? [name, ...[...attributes.matchAll(/([^\s=]+)\s*=\s*(?:"[^"]*"|'[^']*')/g)].map((m) => m[1])]
      : [];
    const declares = names.filter((n) => n.startsWith('xmlns:')).map((n) => n.slice(6));
    count(declares, 1);
    for (const [prefix, local] of names.map((n) => n.split(':')))
      if (local !== undefined && !inScope.get(prefix)) undeclared.add(prefix);
    if (empty) count(declares, -1);
    else open.push(declares);
  }
  return undeclared;
}

/** Makes slightly ill-formed feed XML well-formed, where that can be done without guessing. */
export function repairXml(text: string): { text: string; repairs: string[] } {
  const repairs: string[] = [];
  const fix = (pattern: RegExp, what: string, to: (...m: string[]) => string) => {
    let n = 0;
    text = text.replace(pattern, (...m: string[]) => {
      const out = to(...m);
      if (out !== m[0]) n++;
      return out;
    });
    if (n) repairs.push(`${n} ${what}`);
  };
  fix(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, 'characters XML forbids removed', () => '');
  fix(/&(?!#\d+;|#x[\da-f]+;|[a-z][\w.-]*;)/gi, 'bare "&" escaped', () => '&amp;');
  // Entities the document declares itself (<!DOCTYPE rss [<!ENTITY …>]>) stay as they are.
  const known = new Set([
    'amp',
    'lt',
    'gt',
    'quot',
    'apos',
    ...[...text.matchAll(/<!ENTITY\s+([\w.-]+)/g)].map((m) => m[1]),
  ]);
  const names = new Set<string>();
  fix(/&([a-z][\w.-]*);/gi, 'HTML entities XML does not know read as characters', (whole, name) => {
    if (known.has(name)) return whole;
    names.add(whole);
    const code = entityCode(name);
    return code === undefined ? `&amp;${name};` : `&#${code};`;
  });
  if (names.size) repairs[repairs.length - 1] += ` (${[...names].slice(0, 3).join(' ')})`;
  // Prefixes used without a declaration (media:content with no xmlns:media) are declared on the root.
  const used = undeclaredPrefixes(text) ?? new Set();
  const root = rootTag(text);
  if (used.size && root) {
    const declarations = [...used]
      .map((p) => ` xmlns:${p}="${NS[p as keyof typeof NS] ?? `urn:x-undeclared:${p}`}"`)
      .join('');
    const at = root.end - (text[root.end - 2] === '/' ? 2 : 1);
    text = text.slice(0, at) + declarations + text.slice(at);
    repairs.push(`namespace prefixes never declared now declared (${[...used].map((p) => `${p}:`).join(' ')})`);
  }
  return { text, repairs };
}

/**
 * Cuts feed text that is still not XML into documents: the feed's head alone, then each item
 * (RSS) or entry (Atom) inside a copy of the root, so that one broken item costs that item only.
 */
export function splitFeed(text: string): string[] | undefined {
  const root = rootTag(text.replace(/<[?!][^<>]*>/g, (m) => ' '.repeat(m.length)));
  if (!root || !/^(rss|feed|([\w.-]+:)?RDF)$/.test(root.name)) return undefined;
  const tag = root.name === 'feed' ? 'entry' : 'item';
  // RSS 2.0 items sit in the channel, whose start tag (with its xml:base or declarations) they keep.
  const channel =
    root.name === 'rss' ? (/^\s*<channel[^<>]*>/.exec(text.slice(root.end))?.[0].trim() ?? '<channel>') : '';
  const wrap = (piece: string) =>
    `${text.slice(0, root.end)}${channel}${piece}${channel && '</channel>'}</${root.name}>`;
  // Item tags outside CDATA and comments (a description may well say "<item>"). An item runs to its
  // end tag, or to the next item; the head is all the rest, channel elements after the items too.
  const items: string[] = [];
  let head = '';
  let from = root.end;
  let start = -1;
  // A CDATA section or comment never closed is read as text, so the items after it are still found;
  // once one is not closed, no later one is, and none is looked for again (that would be quadratic).
  const unclosed = new Set<string>();
  const tags = new RegExp(`<!--|<!\\[CDATA\\[|<(/?)${tag}[\\s>]`, 'g');
  for (let m; (m = tags.exec(text));) {
    if (m[0][1] === '!') {
      const close = m[0] === '<!--' ? '-->' : ']]>';
      const end = unclosed.has(close) ? -1 : text.indexOf(close, tags.lastIndex);
      if (end < 0) unclosed.add(close);
      else tags.lastIndex = end + 3;
      continue;
    }
    if (m[1] && start < 0) continue;
    if (start < 0) head += text.slice(from, m.index);
    else items.push(text.slice(start, m[1] ? (from = text.indexOf('>', m.index) + 1) : m.index));
    start = m[1] ? -1 : m.index;
  }
  if (start >= 0) items.push(text.slice(start));
  else head += text.slice(from, text.lastIndexOf(`</${root.name}`) >>> 0);
  // RSS 2.0's head is the channel's content (wrap gives it the channel back); RSS 1.0's has it whole.
  return [wrap(channel ? head.replace(/^\s*<channel[^<>]*>|<\/channel>[\s\S]*$/g, '') : head), ...items.map(wrap)];
}
