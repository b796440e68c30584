// Elements inside shadow roots: the one walk out to the page, shared by what an element inherits
// (`lang`, `time-zone` from the closest ancestor that sets them) and what printing marks.

/**
 * `from` and each of its ancestors, walking out of shadow roots to their hosts, up to the document's
 * root element. Rendered on a server (@lit-labs/ssr), an element has no tree around it: itself alone.
 */
export function* composedAncestors(from: Element): Generator<Element> {
  for (let el: Element | null = from; el; el = el.parentElement ?? ((el.getRootNode?.() as ShadowRoot)?.host || null))
    yield el;
}
