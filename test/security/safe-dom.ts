// What "nothing unsafe rendered" means, checked over every shadow tree under a root.
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'style',
  'svg',
  'math',
  'template',
  'xmp',
  'noscript',
  'noembed',
  'isindex',
  'portal',
  'textarea',
  'select',
]);
const FORBIDDEN_ATTRIBUTES = new Set([
  'srcdoc',
  'srcset',
  'formaction',
  'action',
  'xlink:href',
  'style',
  'background',
  'poster',
  'data',
  'ping',
]);
const SAFE_HREF = /^(https?:|mailto:)/i;
// A path on the page's own site, with no scheme or host of its own ("x.html": the pages party-news
// render writes link each other so).
const SITE_PATH = /^(?![a-z][a-z\d+.-]*:|[\\/]{2})[^\x00-\x20\x7f\\]+$/i;
const SAFE_SRC = /^(https?:|data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,])/i;

const SAFE_REL = /^(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/;
/** An http(s) link to another origin (an unsafe scheme is reported as such). */
const leavesSite = (el: Element, href: string) => {
  const url = new URL(href, el.ownerDocument.baseURI);
  return /^https?:$/.test(url.protocol) && url.origin !== el.ownerDocument.location.origin;
};

export function* walk(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* walk(el.shadowRoot);
  }
}

/** Every reason `root` is unsafe; empty when it is safe. */
export function unsafeThings(root: Element): string[] {
  const found: string[] = [];
  // The host itself is the page's own markup; what it renders is what is checked.
  for (const el of walk(root.shadowRoot ?? root)) {
    const name = el.localName;
    if (FORBIDDEN_ELEMENTS.has(name) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${name}>`);
    for (const { name: attr, value } of el.attributes) {
      if (attr.startsWith('on') || FORBIDDEN_ATTRIBUTES.has(attr)) found.push(`<${name} ${attr}>`);
      if ((attr === 'href' || attr === 'cite') && !SAFE_HREF.test(value) && !SITE_PATH.test(value))
        found.push(`<${name} ${attr}="${value.slice(0, 40)}">`);
      if (attr === 'src' && !SAFE_SRC.test(value)) found.push(`<${name} src="${value.slice(0, 40)}">`);
      // Every link that leaves the site says so (SPEC.md): the page it opens gets no window.opener
      // and no Referer.
      if (name === 'a' && attr === 'href' && leavesSite(el, value) && !SAFE_REL.test(el.getAttribute('rel') ?? ''))
        found.push(`<a href="${value.slice(0, 40)}"> to another site without rel="noopener noreferrer"`);
    }
    // Sanitised bodies must not be able to clobber DOM names either.
    if (el.closest('[part~="body"]') && (el.hasAttribute('id') || el.hasAttribute('name')))
      found.push(`<${name} id/name> in body`);
  }
  return found;
}
