// A build plugin for the script-tag bundle: the model's modules come first, side by side.
// The bundler lays modules out in the order they are first imported, which scatters the model
// between Lit, DOMPurify and the elements (each element pulls in the few model files it uses).
// gzip finds repeats only within 32 KB behind it, and the model's files repeat one another most
// (field names, feed vocabulary, the same helpers), so grouping them is worth ~0.9 KB gzipped.
// Within the model, the UI text (messages.ts) leads: prose in the middle of the model's code
// parted modules that repeat one another (~70 bytes); then the modules go in groups of those
// that repeat one another most, MODEL_ORDER (~35 bytes). After the model come the elements' style
// sheets, together, in the order the elements list them: CSS repeats CSS (~25 bytes).
// The model and the style sheets have no side effects at load, so evaluating them earlier
// changes nothing at run time; but the style sheets load Lit, which the hydrating script must
// load only after Lit's hydration support, so they lead the script-tag entry, not the hydrating one.
import { readdirSync } from 'node:fs';

import type { Plugin } from 'vite';

const SRC = new URL('../src/', import.meta.url);
const MODEL = new URL('model/', SRC);
/** The UI text, then the model by what it does; a model file not named here follows, alphabetically. */
const MODEL_ORDER = [
  'messages.ts',
  // Reading an item's fields: dates, text, URLs.
  'format-date.ts',
  'dates.ts',
  'text.ts',
  'field-values.ts',
  'urls.ts',
  'item-reader.ts',
  'normalize-feed.ts',
  'newest-articles.ts',
  'element-input.ts',
  'browse.ts',
  'feed-error.ts',
  'page-name.ts',
  // Reading XML and fetching it.
  'xml-names.ts',
  'xml-nodes.ts',
  'defuse.ts',
  'feed-markup.ts',
  'xml-feed.ts',
  'xml-repair.ts',
  'parse-feed.ts',
  'decode.ts',
  'fetch-feed.ts',
  'feed-cache.ts',
  // Sanitising a body (DOMPurify comes with sanitize.ts).
  'legacy-captions.ts',
  'sanitize.ts',
  'teaser.ts',
];
const STYLES = [
  'shared/base.styles.ts',
  'card/card.styles.ts',
  'related/related.styles.ts',
  'report/report.styles.ts',
  'report/tools.styles.ts',
  'report/photo-viewer.styles.ts',
  'feed/feed.styles.ts',
];

/** The script-tag bundle's entry, which the hydrating script imports once Lit's hydration support has loaded. */
const SCRIPT_TAG_ENTRY = 'src/iife.ts';

export function modelFirst(entry: string): Plugin {
  const importAll = (urls: URL[]) => urls.map((url) => `import ${JSON.stringify(url.pathname)};`).join('');
  return {
    name: 'party-news:model-first',
    transform(code, id) {
      let imports = '';
      if (id.endsWith(entry)) {
        const rest = readdirSync(MODEL)
          .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !MODEL_ORDER.includes(file))
          .sort();
        imports += importAll([...MODEL_ORDER, ...rest].map((file) => new URL(file, MODEL)));
      }
      if (id.endsWith(SCRIPT_TAG_ENTRY)) imports += importAll(STYLES.map((file) => new URL(file, SRC)));
      return imports ? { code: `${imports}\n${code}`, map: null } : null;
    },
  };
}
