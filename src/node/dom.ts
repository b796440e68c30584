// The model reads XML and feed markup with the browser's DOM (DOMParser, Node, Element,
// XMLSerializer). In Node, jsdom provides the same standard objects, so the checker and the
// server read a feed with the very code the widget runs, not with a second parser.
const NAMES = ['DOMParser', 'XMLSerializer', 'Node', 'Element', 'NodeFilter', 'document'] as const;

let installed = false;

/**
 * Puts jsdom's DOM objects where the model expects them (globalThis), once; what is there stays.
 * jsdom is loaded here, not imported at the top, so `--help` and usage errors answer at once.
 */
export async function installDom(): Promise<void> {
  if (installed) return;
  installed = true;
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
  const scope = globalThis as Record<string, unknown>;
  for (const name of NAMES) scope[name] ??= window[name];
}
