// A build plugin for the script-tag bundle: DOMPurify without its default allowlists.
//
// DOMPurify ships long lists of the HTML tags and of the HTML, SVG and MathML attributes it allows
// when a caller names none (1.8 KB of the gzipped bundle). party-news always names its own: its
// one DOMPurify instance (src/model/bodies/sanitize.ts) passes ALLOWED_TAGS and ALLOWED_ATTR on every
// call, so those lists are never read. They are only ever added into an allowlist (the defaults,
// or a USE_PROFILES profile), never used to refuse anything, so emptying them can only make
// DOMPurify stricter: with party-news's configuration it sanitises exactly as before.
//
// The SVG and MathML tag lists (svg$1, svgFilters, svgDisallowed, mathMl$1, mathMlDisallowed) are
// read in two more places: the default allowlist, and the namespace checks. Those checks ask
// "is this an SVG (or MathML) tag name?" of elements already in ALLOWED_TAGS: emptying the lists
// turns "yes" into "no", which rejects every SVG/MathML-namespace element (stricter) and changes
// nothing for HTML elements as long as no allowed tag is an SVG or MathML name, other than the
// names DOMPurify lets both namespaces share. The build checks that against sanitize.ts.
//
// The build fails, rather than patch blindly, when DOMPurify's source no longer has these lists or
// when the sanitiser stops naming its own allowlists.
import { readFileSync } from 'node:fs';

import type { Plugin } from 'vite';

const PURIFY = /\/node_modules\/dompurify\/dist\/purify\.es\.mjs$/;
/** DOMPurify 3's names: `html$1` the HTML tags; `html`, `svg`, `mathMl`, `xml` the attributes. */
const DEFAULT_ONLY_LISTS = ['html$1', 'html', 'svg', 'mathMl', 'xml'];
/** The SVG and MathML tag lists, also read by the namespace checks (see above). */
const NAMESPACE_LISTS = ['svg$1', 'svgFilters', 'svgDisallowed', 'mathMl$1', 'mathMlDisallowed'];
/** DOMPurify's COMMON_SVG_AND_HTML_ELEMENTS: names its HTML namespace check allows whatever the lists say. */
const SHARED_NAMES = ['title', 'style', 'font', 'a', 'script'];
const SANITIZER = new URL('../src/model/bodies/sanitize.ts', import.meta.url);

export const NOTICE =
  'Modified by party-news for this bundle: the default allowlists (the lists html$1, html, svg, mathMl and xml in ' +
  'purify.es.mjs) and the SVG and MathML tag lists (svg$1, svgFilters, svgDisallowed, mathMl$1, mathMlDisallowed) are ' +
  'emptied, because party-news always passes ALLOWED_TAGS and ALLOWED_ATTR of its own, with no SVG or MathML tag.';

/** The names in DOMPurify's list `name`, or an error when the list is not where this plugin expects it. */
function namesOf(code: string, name: string): { list: RegExp; names: string[] } {
  const list = new RegExp(`^const ${name.replace('$', '\\$')} = freeze\\(\\[([^\\]]*)\\]\\);$`, 'm');
  const body = list.exec(code)?.[1];
  if (body === undefined)
    throw new Error(`purify-without-defaults: DOMPurify's list ${name} has changed; review before emptying.`);
  return { list, names: [...body.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]) };
}

/** The tags src/model/bodies/sanitize.ts allows. */
function allowedTags(): string[] {
  const list = /const ALLOWED_TAGS = \[([^\]]*)\]/.exec(readFileSync(SANITIZER, 'utf8'))?.[1];
  if (!list) throw new Error('purify-without-defaults: no ALLOWED_TAGS array found in src/model/bodies/sanitize.ts.');
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

function assertSanitizerNamesItsOwnAllowlists(): void {
  const source = readFileSync(SANITIZER, 'utf8');
  const config = /const CONFIG[^=]*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  if (!/\bALLOWED_TAGS\b/.test(config) || !/\bALLOWED_ATTR\b/.test(config) || /USE_PROFILES/.test(source)) {
    throw new Error(
      'purify-without-defaults: src/model/bodies/sanitize.ts no longer passes ALLOWED_TAGS and ALLOWED_ATTR in CONFIG; ' +
        "DOMPurify's default allowlists would be read, so they must not be emptied.",
    );
  }
}

export function purifyWithoutDefaults(): Plugin {
  return {
    name: 'party-news:purify-without-defaults',
    buildStart() {
      assertSanitizerNamesItsOwnAllowlists();
    },
    transform(code, id) {
      if (id.includes('/node_modules/dompurify/') && !PURIFY.test(id)) {
        throw new Error(`purify-without-defaults: DOMPurify resolved to ${id}, not the ES build this plugin knows.`);
      }
      if (
        /\/src\/.*\.ts$/.test(id) &&
        !id.endsWith('/src/model/bodies/sanitize.ts') &&
        /from ['"]dompurify['"]/.test(code)
      ) {
        throw new Error(
          `purify-without-defaults: ${id} uses DOMPurify too; only src/model/bodies/sanitize.ts is known to name its allowlists.`,
        );
      }
      if (!PURIFY.test(id)) return null;
      let out = code;
      const allowed = allowedTags();
      for (const name of [...DEFAULT_ONLY_LISTS, ...NAMESPACE_LISTS]) {
        const { list, names } = namesOf(out, name);
        const clash = NAMESPACE_LISTS.includes(name)
          ? allowed.filter((tag) => names.includes(tag) && !SHARED_NAMES.includes(tag))
          : [];
        if (clash.length)
          throw new Error(
            `purify-without-defaults: allowed tags ${clash.join(', ')} are in DOMPurify's ${name}; its namespace checks need that list.`,
          );
        out = out.replace(list, () => `const ${name} = freeze([]);`);
      }
      return { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      // The Apache-2.0 licence asks that modified files say so: the licence file beside the bundle does.
      const licences = Object.values(bundle).find(
        (file) => file.type === 'asset' && file.fileName.endsWith('.LICENSE.txt'),
      );
      if (!licences || licences.type !== 'asset')
        throw new Error('purify-without-defaults: no .LICENSE.txt asset to note the change in.');
      licences.source = String(licences.source).replace(/^DOMPurify .*$/m, (heading) => `${heading}\n\n${NOTICE}`);
    },
  };
}
