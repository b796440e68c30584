// Untrusted markup never reaches an HTML parser as it came. Chromium checks the page's Content
// Security Policy while it parses, even into a DOMParser document nothing will ever show: each
// on… attribute is reported as a script-src-attr violation, each style attribute as style-src-attr,
// each <style> as style-src-elem. One hostile feed sent thousands of such reports to a portal's
// endpoint, though nothing ran. So, before any parse:
// - every place a tokenizer could read an attribute named on… or style gets a middle dot after
//   its first letter ("o·nerror", "s·tyle"): a name that is no handler and no style;
// - every <style> and <script> tag becomes <title>: text that is no style sheet and no script,
//   ending at its own end tag as their raw text does (DOMPurify drops it with its content). A
//   script left in the parse would trip Trusted Types when DOMPurify moves it out of an <svg>.
// - every <base> tag gets the dot too ("<b·ase>"): a <base href> parsed into any document of the
//   page is checked against its base-uri directive (Chromium reported one for each), and an
//   unknown element is only dropped by the sanitiser, its content kept (a <base> has none).
// All are done without context (in text, comments and attribute values alike), so no parser state
// a payload can reach escapes them, and the scan is linear. The dots leave text and attribute values
// again after the parse (restoreText); a name keeps its dot, and with it the CMS's inline style
// stays readable to the caption pass under STYLE_DATA while no parser treats it as style.
const DEFUSE = /([\t\n\f\r /"'<])([os])(?=n[a-z]|tyle(?:[\t\n\f\r />=]|$))/gi;
const RESTORE = /([os])\u00b7(?=n[a-z]|tyle(?:[\t\n\f\r />=]|$))|(?<=<\/?b)\u00b7(?=ase(?:[\t\n\f\r />]|$))/gi;
const RAW_TAG = /<(\/?)(?:s\u00b7tyle|script)(?=[\t\n\f\r />]|$)/gi;
const BASE_TAG = /<(\/?b)(?=ase(?:[\t\n\f\r />]|$))/gi;

/** The name a style attribute has after defuse(). */
export const STYLE_DATA = 's\u00b7tyle';

export const defuse = (html: string): string =>
  html.replace(DEFUSE, '$1$2\u00b7').replace(RAW_TAG, '<$1title').replace(BASE_TAG, '<$1\u00b7');

export const restoreText = (text: string): string => text.replace(RESTORE, '$1');

/**
 * Takes the dots defuse() put into text back out of every text node under `root` (and does `then`),
 * but a script's:
 * its text is a Trusted Types sink (and the sanitiser drops it whole).
 */
export function restoreTextNodes(root: Node, then = (text: string) => text): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = then(restoreText(node.nodeValue!));
    if (text !== node.nodeValue && (node.parentNode as Element).localName !== 'script') node.nodeValue = text;
  }
}
