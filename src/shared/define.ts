import { version } from '../version.js';

/**
 * An element class as `define()` reads it: the party-news version it comes from, and the elements
 * it renders in its shadow root (Shoelace's `static dependencies`), tag → class.
 */
export interface Definable extends CustomElementConstructor {
  readonly version: string;
  readonly dependencies?: Readonly<Record<string, Definable>>;
}

let warned = false;

/**
 * Registers `tag`, then the elements `element` renders, each unless something already has: loading
 * the script-tag bundle twice, or the bundle beside the ES build, must not throw "has already been
 * used with this registry". Class modules register nothing; only define modules call this.
 * A tag held by another version of party-news stays that version's, with one warning naming both
 * (`dev`, the unbuilt source, has no version to compare).
 */
export function define(tag: string, element: Definable): void {
  const held = customElements.get(tag) as Partial<Definable> | undefined;
  if (!held) {
    customElements.define(tag, element);
    for (const name in element.dependencies) define(name, element.dependencies[name]);
  } else if (!warned && held.version && held.version !== version && held.version !== 'dev' && version !== 'dev') {
    warned = true;
    console.warn(`<${tag}> is already defined by party-news ${held.version}; party-news ${version} leaves it.`);
  }
}
