import { readFileSync } from 'node:fs';

import { defineConfig } from 'vite';

import { bundledLicenses } from './scripts/bundled-licenses.js';
import { minifyTemplates } from './scripts/minify-templates.js';
import { purifyForConfig } from './scripts/purify-for-config.js';
import { purifyWithoutDefaults } from './scripts/purify-without-defaults.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// `vite build` writes the npm ES modules (Lit and DOMPurify left to the host's bundler);
// `vite build --mode iife` writes the one self-contained script-tag bundle beside them;
// `vite build --mode node` the Node code of the `party-news` command.
// `--mode hydrate`: the same, with Lit's hydration, for the pages `party-news render` writes.
const SCRIPTS = {
  iife: { entry: 'src/iife.ts', file: 'party-news.iife.js' },
  hydrate: { entry: 'src/hydrate.ts', file: 'party-news.hydrate.iife.js' },
} as const;

export default defineConfig(({ mode }) => {
  const script = mode === 'iife' || mode === 'hydrate' ? SCRIPTS[mode] : undefined;
  const licenses = script && bundledLicenses(script.file, mode === 'hydrate');
  return {
    define: { __PARTY_NEWS_VERSION__: JSON.stringify(version) },
    // IIFE: purifyWithoutDefaults() notes its change in the licence file, so it comes after licenses.plugin.
    plugins:
      mode === 'node'
        ? // The very template strings of the hydrating script: Lit matches server and client by them.
          [minifyTemplates({ shortPrivateProperties: true })]
        : script
          ? [
              minifyTemplates({ shortPrivateProperties: true }),
              licenses!.plugin,
              purifyWithoutDefaults(),
              purifyForConfig(),
            ]
          : [minifyTemplates()],
    build:
      mode === 'node'
        ? // The `party-news` command (bin/party-news.js) and party-news/server.js: Node 20 ES modules,
          // their dependencies imported.
          {
            ssr: true,
            outDir: 'dist/node',
            emptyOutDir: true,
            target: 'node20',
            minify: false,
            rolldownOptions: { input: { cli: 'src/node/cli.ts', server: 'src/node/server.ts' } },
          }
        : script
          ? {
              emptyOutDir: false,
              target: 'es2022',
              // Not lib mode: that would wrap the script as `var PartyNews = (…)()`, and a second
              // copy of the script would overwrite the global whose classes are registered.
              rolldownOptions: {
                input: script.entry,
                // Reading a property has no side effect worth keeping: the reads DOMPurify's
                // prototype captures leave behind once their unused captures go (\`Array.prototype.pop;\`,
                // ~0.1 KB gzipped) are dropped. Nothing here reads a property for its effect alone; a
                // read that should force layout (\`el.offsetHeight\`) must use its value, or it goes too.
                treeshake: { propertyReadSideEffects: false },
                output: { format: 'iife', entryFileNames: script.file, postBanner: licenses!.postBanner },
              },
            }
          : {
              target: 'es2022',
              minify: false,
              lib: {
                formats: ['es'],
                entry: {
                  'party-news': 'src/index.ts',
                  feed: 'src/feed/define.ts',
                  card: 'src/card/define.ts',
                  report: 'src/report/define.ts',
                  related: 'src/related/define.ts',
                  classes: 'src/classes.ts',
                },
              },
              rolldownOptions: {
                external: [/^lit($|\/)/, /^dompurify$/],
                output: { chunkFileNames: 'shared/[name]-[hash].js' },
              },
            },
  };
});
