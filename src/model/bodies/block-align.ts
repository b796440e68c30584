// CMS editors set a byline right (`<p style="text-align:right">`, `<p align="right">`) and centre
// a line under a photo. Inline styles never reach the page: a strict CSP (style-src-attr) would
// block them, and the sanitiser removes them all. The alignment comes back as one of two classes
// the report's styles define: WordPress's own block-editor names, so a WordPress body's own
// classes, and a body sanitised once already, keep their alignment too.
import { STYLE_DATA } from './defuse.js';

const CLASS_OF = new Map([
  ['center', 'has-text-align-center'],
  ['right', 'has-text-align-right'],
]);
const CLASSES = [...CLASS_OF.values()];

/** Blocks of text whose alignment is kept; a table or list keeps the report's own. */
const ALIGNED = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/** The last text-align of an inline style, as the browser would read it: "text-align: right". */
const TEXT_ALIGN = /(?:^|;)\s*text-align\s*:\s*([a-z-]+)\s*(?:!\s*important\s*)?(?=;|$)/gi;

/**
 * The alignment class for `el`, read as the CMS's page would have applied it: its inline style
 * (under defuse's name) first, then its class, then its `align` attribute; undefined for any other
 * alignment (left and justify are the report's own).
 */
export function alignmentClass(el: Element): string | undefined {
  if (!ALIGNED.has(el.localName)) return undefined;
  const fromStyle = [...(el.getAttribute(STYLE_DATA) ?? '').matchAll(TEXT_ALIGN)].pop()?.[1];
  if (fromStyle) return CLASS_OF.get(fromStyle.toLowerCase());
  return (
    CLASSES.find((name) => el.classList.contains(name)) ?? CLASS_OF.get(el.getAttribute('align')?.toLowerCase() ?? '')
  );
}
