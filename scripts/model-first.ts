// A build plugin for the script-tag bundle: the model's modules come first, side by side.
// The bundler lays modules out in the order they are first imported, which scatters the model
// between Lit, DOMPurify and the elements (each element pulls in the few model files it uses).
// gzip finds repeats only within 32 KB behind it, and the model's files repeat one another most
// (field names, feed vocabulary, the same helpers), so grouping them is worth ~0.9 KB gzipped.
// The model has no side effects at load, so evaluating it earlier changes nothing at run time.
import { readdirSync } from 'node:fs';

import type { Plugin } from 'vite';

const MODEL = new URL('../src/model/', import.meta.url);

export function modelFirst(entry: string): Plugin {
  return {
    name: 'party-news:model-first',
    transform(code, id) {
      if (!id.endsWith(entry)) return null;
      const modules = readdirSync(MODEL)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
        .sort();
      const imports = modules.map((file) => `import ${JSON.stringify(new URL(file, MODEL).pathname)};`);
      return { code: `${imports.join('')}\n${code}`, map: null };
    },
  };
}
