// The script-tag bundle redistributes Lit (BSD-3-Clause) and DOMPurify (Apache-2.0 or MPL-2.0),
// whose licences ask that their notices travel with every copy. The minifier drops the notices in
// their sources, so the bundle gets one short notice of its own (after minification) and, beside
// it, the licence texts in full.
import { readFileSync } from 'node:fs';

import type { Plugin } from 'vite';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8').trim();
const versionIn = (packageJson: string) => (JSON.parse(read(packageJson)) as { version: string }).version;
const versionOf = (pkg: string) => versionIn(`node_modules/${pkg}/package.json`);
const ownVersion = versionIn('package.json');

/** The bundled packages (the first one names the version), with the notice their licence asks for. */
const BUNDLED = [
  {
    name: 'Lit',
    packages: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    notice: '(c) Google LLC, BSD-3-Clause',
  },
  { name: 'DOMPurify', packages: ['dompurify'], notice: '(c) Cure53, Apache-2.0 or MPL-2.0' },
];

/** The bundled packages of a bundle: the hydrating one (for pre-rendered pages) holds Lit's hydration too. */
const bundledIn = (hydrating: boolean) =>
  hydrating
    ? BUNDLED.map((b) =>
        b.name === 'Lit'
          ? { ...b, packages: [...b.packages, '@lit-labs/ssr-client', '@webcomponents/template-shadowroot'] }
          : b,
      )
    : BUNDLED;

/** The full texts, for `<file>.LICENSE.txt` beside the bundle. */
function licenceTexts(hydrating: boolean): string {
  const own = `party-news ${ownVersion}\n\n${read('LICENSE')}`;
  const bundled = bundledIn(hydrating).map(({ name, packages }) => {
    // Lit's four packages carry the same licence: print each distinct text once.
    const texts = [...new Set(packages.map((p) => read(`node_modules/${p}/LICENSE`)))];
    return `${name} (${packages.map((p) => `${p} ${versionOf(p)}`).join(', ')})\n\n${texts.join('\n\n')}`;
  });
  return [own, ...bundled].join(`\n\n${'='.repeat(78)}\n\n`) + '\n';
}

/**
 * For the IIFE build: the notice that heads `fileName`, and the plugin that writes
 * `<fileName>.LICENSE.txt`. Only the bundle needs them: the ES build leaves Lit and DOMPurify to
 * the host's own install, licences included.
 */
export function bundledLicenses(fileName: string, hydrating = false): { postBanner: string; plugin: Plugin } {
  const bundled = bundledIn(hydrating)
    .map(({ name, packages, notice }) => `${name} ${versionOf(packages[0])} ${notice}`)
    .join('; ');
  const postBanner = `/*! party-news ${ownVersion} (MIT) with ${bundled}; licences: ${fileName}.LICENSE.txt */`;
  const plugin: Plugin = {
    name: 'party-news:bundled-licenses',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `${fileName}.LICENSE.txt`, source: licenceTexts(hydrating) });
    },
  };
  return { postBanner, plugin };
}
