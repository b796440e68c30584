/**
 * Registers `tag` unless something already has: loading the script-tag bundle twice, or the
 * bundle beside the ES build, must not throw "has already been used with this registry".
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
