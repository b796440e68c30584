// Feeds as CMSs really write them are often not quite XML: a bare "&" in a URL, HTML entities
// such as &nbsp; that XML never declared, a media: prefix used but never declared, a control
// character pasted from a word processor. One of them makes DOMParser refuse the whole document,
// which would blank a whole section for one bad byte. These repairs make such text XML again, and
// say what they did; what still cannot be read is cut into items, each read on its own.
// Every pass is a single scan: this text comes from anywhere.
import { decodeEntities, entityCode } from './text.js';
import { NS } from './xml-names.js';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
/** Characters XML 1.0 forbids everywhere, CDATA included. */
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
const LITERAL = /<!\[CDATA\[|<!--/g;

/** Applies `fix` to the text outside CDATA sections and comments, which hold no markup to repair. */
function outsideLiterals(text: string, fix: (part: string) => string): string {
  let out = '';
  let at = 0;
  for (;;) {
    LITERAL.lastIndex = at;
    const open = LITERAL.exec(text);
    if (!open) return out + fix(text.slice(at));
    const close = text.indexOf(open[0] === '<!--' ? '-->' : ']]>', open.index);
    const end = close < 0 ? text.length : close + 3;
    out += fix(text.slice(at, open.index)) + text.slice(open.index, end);
    at = end;
  }
}

/** Where the root element's start tag begins and ends, and its name. */
function rootTag(text: string): { start: number; end: number; name: string } | undefined {
  // Steps over what may precede the root: <?xml …?>, comments, and <!DOCTYPE … [ … ]>.
  let at = text.indexOf('<');
  while (at >= 0 && (text[at + 1] === '?' || text[at + 1] === '!')) {
    const subset = text.startsWith('<!DOCTYPE', at) ? text.indexOf('[', at) : -1;
    const close = text.startsWith('<!--', at) ? '-->' : text[at + 1] === '?' ? '?>' : subset >= 0 && subset < text.indexOf('>', at) ? ']>' : '>';
    const end = text.indexOf(close, at);
    at = end < 0 ? -1 : text.indexOf('<', end);
  }
  const m = at >= 0 ? /^<([A-Za-z_][\w.:-]*)[^<>]*>/.exec(text.slice(at, at + 4096)) : null;
  return m ? { start: at, end: at + m[0].length, name: m[1] } : undefined;
}

export interface RepairedXml {
  text: string;
  /** What was repaired, for the problem report; empty when nothing was. */
  repairs: string[];
}

/** Makes slightly ill-formed feed XML well-formed, where that can be done without guessing. */
export function repairXml(text: string): RepairedXml {
  const repairs: string[] = [];
  const count = (n: number, what: string) => n && repairs.push(`${n} ${what}`);
  let forbidden = 0;
  text = text.replace(FORBIDDEN, () => (forbidden++, ''));
  count(forbidden, 'characters XML forbids removed');

  // Entities the document declares itself (<!DOCTYPE rss [<!ENTITY …>]>) stay as they are.
  const declared = new Set([...text.matchAll(/<!ENTITY\s+([\w.-]+)/g)].map((m) => m[1]));
  let bare = 0;
  const html = new Set<string>();
  let unknown = 0;
  const used = new Set<string>();
  text = outsideLiterals(text, (part) => {
    for (const m of part.matchAll(/<\/?([A-Za-z_][\w.-]*):|\s([A-Za-z_][\w.-]*):[\w.-]+\s*=/g)) used.add(m[1] ?? m[2]);
    return part.replace(/&(#\d+;|#x[\da-f]+;|[a-z][\w.-]*;)?/gi, (whole, ref?: string) => {
      if (!ref) return bare++, '&amp;';
      const name = ref.slice(0, -1);
      if (ref[0] === '#' || XML_ENTITIES.has(name) || declared.has(name)) return whole;
      const code = entityCode(name);
      if (code === undefined) return unknown++, `&amp;${ref}`;
      html.add(whole);
      return `&#${code};`;
    });
  });
  count(bare, 'bare "&" escaped');
  count(html.size, `kinds of HTML entity XML does not know read as characters (${[...html].slice(0, 3).join(' ')})`);
  count(unknown, 'unknown entities kept as text');

  // Prefixes used without a declaration (media:content with no xmlns:media) are declared on the root.
  for (const m of text.matchAll(/xmlns:([\w.-]+)\s*=/g)) used.delete(m[1]);
  used.delete('xml');
  used.delete('xmlns');
  const root = rootTag(text);
  if (used.size && root) {
    const names = [...used];
    const declarations = names.map((p) => ` xmlns:${p}="${NS[p as keyof typeof NS] ?? `urn:x-undeclared:${p}`}"`).join('');
    const at = text[root.end - 2] === '/' ? root.end - 2 : root.end - 1;
    text = text.slice(0, at) + declarations + text.slice(at);
    repairs.push(`undeclared namespace prefixes declared (${names.map((p) => `${p}:`).join(' ')})`);
  }
  return { text, repairs };
}

export interface FeedPieces {
  /** The feed without its items: title, link, language. */
  head: string;
  /** Each item (RSS) or entry (Atom) as written. */
  items: string[];
  /** A piece inside a copy of the feed's prolog, root (and channel): a document of its own. */
  wrap(piece: string): string;
  atom: boolean;
}

/**
 * Cuts feed text that is still not XML into its head and its items, so that one broken item
 * costs that item only.
 */
export function splitFeed(text: string): FeedPieces | undefined {
  const root = rootTag(text);
  if (!root || !/^(rss|feed|([\w.-]+:)?RDF)$/.test(root.name)) return undefined;
  const rss = root.name === 'rss';
  const atom = root.name === 'feed';
  const tag = atom ? 'entry' : 'item';
  const starts = [...text.matchAll(new RegExp(`<${tag}[\\s>/]`, 'g'))].map((m) => m.index!);
  const prolog = text.slice(0, root.end);
  const items = starts.map((start, i) => {
    const close = text.indexOf(`</${tag}>`, start);
    const next = starts[i + 1] ?? text.length;
    return text.slice(start, close >= 0 && close < next ? close + tag.length + 3 : next);
  });
  // The head ends where the first item begins, or where the channel or root closes.
  let end = starts[0] ?? text.search(rss ? /<\/channel>/ : new RegExp(`</${root.name}>`));
  if (end < 0) end = text.length;
  const head = text.slice(root.end, end).replace(/^\s*<channel[^<>]*>/, '');
  return { head, items, atom, wrap: (piece) => `${prolog}${rss ? `<channel>${piece}</channel>` : piece}</${root.name}>` };
}

/** The text inside the first <name …>…</name> of `chunk`, CDATA unwrapped or entities decoded. */
function inner(chunk: string, name: string): string | undefined {
  const open = new RegExp(`<${name}(?:\\s[^<>]*)?>`).exec(chunk);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const end = chunk.indexOf(`</${name}>`, start);
  if (end < 0) return undefined;
  const value = chunk.slice(start, end).trim();
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(value);
  return (cdata ? cdata[1] : decodeEntities(value)) || undefined;
}

const cdata = (name: string, value?: string, attrs = '') =>
  value ? `<${name}${attrs}><![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]></${name}>` : '';

/**
 * The last resort for an item that is not XML even on its own: its title, link, id, date and
 * description, read as text and written out again as a well-formed item or entry, so that the
 * article still shows. The caller reports it.
 */
export function looseItem(chunk: string, atom: boolean): string | undefined {
  const title = inner(chunk, 'title');
  const link = inner(chunk, 'link') ?? /<link\b[^<>]*?\shref\s*=\s*["']([^"'<>]*)/.exec(chunk)?.[1];
  if (!title && !link) return undefined;
  const id = inner(chunk, atom ? 'id' : 'guid');
  const date = inner(chunk, 'pubDate') ?? inner(chunk, 'dc:date') ?? inner(chunk, 'published') ?? inner(chunk, 'updated');
  const body = inner(chunk, 'content:encoded') ?? inner(chunk, 'description') ?? inner(chunk, 'content') ?? inner(chunk, 'summary');
  return atom
    ? `<entry>${cdata('title', title, ' type="html"')}${cdata('id', id)}${link ? `<link href="${link.replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}"/>` : ''}${cdata('updated', date)}${cdata('content', body, ' type="html"')}</entry>`
    : `<item>${cdata('title', title)}${cdata('link', link)}${cdata('guid', id)}${cdata('pubDate', date)}${cdata('description', body)}</item>`;
}
