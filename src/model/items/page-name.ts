// The file name of an article's pre-rendered page (party-news render), from its id alone, so that
// the widget can link to the page without the rest of the feed: the id itself when it is already a
// slug (the usual CMS id), else its slug and a hash of the id, which two ids never share in practice.
import { slugify } from './text.js';

/** FNV-1a, 32 bits, in base 36: short, stable across runtimes, enough to tell ids apart. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193);
  return (h >>> 0).toString(36);
}

export function pageName(id: string): string {
  const slug = slugify(id).slice(0, 80);
  // "index" is the list page's name.
  return `${slug === id && slug !== 'index' ? slug : `${slug || 'bai'}-${hash(id)}`}.html`;
}
