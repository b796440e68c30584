// Plain-text clean-up for feed fields. Pure (no DOM) so it runs the same in a page under
// Trusted Types, in a worker, or in Node, and decodes entities exactly once.

/** Latin-1 entity names in code-point order from U+00A0, so the table stays tiny. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** Other names portal CMSs emit: markup, typography, and the Vietnamese letters outside Latin-1. */
const OTHERS: Record<string, number> = {
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  bull: 0x2022,
  hellip: 0x2026,
  prime: 0x2032,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  euro: 0x20ac,
  trade: 0x2122,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  Abreve: 0x102,
  abreve: 0x103,
  Dstrok: 0x110,
  dstrok: 0x111,
  Itilde: 0x128,
  itilde: 0x129,
  Utilde: 0x168,
  utilde: 0x169,
  OElig: 0x152,
  oelig: 0x153,
};

let named: Map<string, number> | undefined;
/** The code point of an HTML entity name portal CMSs use ("nbsp" → 0xA0), else undefined. */
export function entityCode(name: string): number | undefined {
  if (!named) {
    named = new Map(Object.entries(OTHERS));
    LATIN1.split(' ').forEach((name, i) => named!.set(name, 0xa0 + i));
  }
  return named.get(name);
}

/**
 * What U+0080–U+009F stand for when a feed writes them: Windows-1252's punctuation. CMSs that
 * once stored Windows-1252 write `&#146;` for ’, as HTML parsers know; as control characters they
 * would vanish ("don’t" shown as "dont"). The five bytes Windows-1252 leaves unassigned stay as they are.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** A code point as an HTML parser reads it from a numeric reference: U+0080–U+009F as Windows-1252. */
export const fromReference = (code: number): number =>
  code >= 0x80 && code <= 0x9f ? WINDOWS_1252_C1.charCodeAt(code - 0x80) : code;

/** C1 control characters as the Windows-1252 punctuation they were meant as (text decoded from UTF-8). */
export const windows1252Controls = (text: string): string =>
  text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);

const C1_REFERENCE = /&#(?:0*(12[89]|1[3-5]\d)|[xX]0*([89][\da-fA-F]));/g;

/**
 * XML's numeric references to U+0080–U+009F rewritten as references to the Windows-1252 characters
 * they mean, before the XML is parsed: the XML parser would read them as control characters.
 */
export function windows1252References(xml: string): string {
  if (!xml.includes('&#')) return xml;
  return xml.replace(C1_REFERENCE, (whole, dec?: string, hex?: string) => {
    const code = fromReference(parseInt(dec ?? hex!, dec ? 10 : 16));
    return code < 0x80 || code > 0x9f ? `&#${code};` : whole;
  });
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;

/** Decodes HTML character references once; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    const code = name ? entityCode(name) : fromReference(parseInt(dec ?? hex!, dec ? 10 : 16));
    if (code === undefined) return whole;
    // Surrogates, NUL and beyond-Unicode references become U+FFFD, as the HTML parser does.
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return String.fromCodePoint(valid ? code : 0xfffd);
  });
}

/**
 * Control, zero-width and bidi-override characters: invisible, and able to make a title
 * read differently from what it says (Trojan-Source style), so plain text drops them.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

// One scan decides whether a string needs any clean-up beyond NFC: most feed text needs none,
// and a test allocates nothing (this runs for every field of every item of a 10,000-item feed).
const NEEDS_WORK = new RegExp(`${INVISIBLE.source}|\\s\\s|[^\\S ]`);
const clean = (text: string) =>
  !NEEDS_WORK.test(text) && text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32;

/** Plain text for one-line fields (title, names, tags): decoded, NFC, invisible characters gone, spaces collapsed. */
export function cleanLine(text: string): string {
  const out = decodeEntities(text).normalize('NFC');
  return clean(out) ? out : out.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Plain text that may hold paragraphs (summary, content_text): as cleanLine, keeping blank-line breaks. */
export function cleanText(text: string): string {
  if (!text.includes('\n')) return cleanLine(text);
  return decodeEntities(text)
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((para) => para.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Lower-case ASCII key for ids and matching: diacritics removed, `đ` read as `d`. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '');
}
