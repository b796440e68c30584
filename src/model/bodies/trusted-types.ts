// The one Trusted Types policy party-news creates, named `party-news`, for two sinks only:
// - reading RSS/Atom, as the innerHTML of an XML document's element or by DOMParser (the browser
//   counts both as HTML sinks even for XML): the document is inert, nothing from it is inserted,
//   its text is only read;
// - the text of the report's <script type="application/ld+json">: only text that parses as JSON
//   is let through, and that script type never runs.

interface Policy {
  createHTML(s: string): unknown;
  createScript(s: string): unknown;
}

let policy: Policy | undefined;

function get(): Policy {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
  const rules: Policy = {
    createHTML: (s) => s,
    createScript: (s) => (JSON.parse(s), s),
  };
  policy ??= tt ? tt.createPolicy('party-news', rules) : rules;
  return policy;
}

/** Feed XML for an inert XML document (see parse-feed). */
export const trustedXml = (text: string) => get().createHTML(text) as string;

/** JSON for a JSON-LD script's text; throws if it is not JSON. */
export const trustedJson = (text: string) => get().createScript(text) as string;
