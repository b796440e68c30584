import { isServer, LitElement, type PropertyDeclarations } from 'lit';

import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../model/items/format-date.js';
import { problemLine } from '../model/items/problem-summary.js';
import { type Lang, type MessageKey, msg, toLang } from '../model/messages.js';
import type { Problem } from '../model/types.js';
import { composedAncestors } from './composed-path.js';
import { PageRegistry } from './page-registry.js';

/**
 * The closest value of `attr` on `from` or an ancestor, walking out of shadow roots to their hosts.
 * Rendered on a server (@lit-labs/ssr), an element has no tree around it: its own attribute alone.
 */
function inherited(from: Element, attr: string): string | null {
  for (const el of composedAncestors(from)) {
    const value = el.getAttribute(attr);
    if (value) return value;
  }
  return null;
}

/** A message in an element's language: what its `t` is, and what templates outside the class are given. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const warnedZones = new Set<string>();

function markImage({ target, type }: Event): void {
  if ((target as Element).localName === 'img') (target as Element).toggleAttribute('data-failed', type === 'error');
}

// One observer for the page's own lang: a portal that switches language re-renders every element.
let pageLangObserver: MutationObserver | undefined;
const connected: PageRegistry<PartyNewsElement> = new PageRegistry(
  () => {
    pageLangObserver ??= new MutationObserver(() => connected.members.forEach((el) => el.requestUpdate()));
    pageLangObserver.observe(document.documentElement, { attributeFilter: ['lang'] });
  },
  () => pageLangObserver?.disconnect(),
);

/**
 * What every party-news element shares: `lang` and `time-zone` that fall back to the closest
 * ancestor that sets them, the message catalogue, and reporting of invalid input. The global
 * design tokens below theme every element; set them anywhere above the elements. Colours are
 * `light-dark()` pairs that follow the page's `color-scheme`, or `--pn-color-scheme`. Every element
 * paints its own background, and sizes are `em` of `--pn-font-size`: the page's root font size
 * (Bootstrap 3's 10px) and the text styles of its columns do not reach inside.
 *
 * @cssprop [--pn-font-size=medium] - Base text size; every size inside follows it. `medium` is the reader's own default size (browser zoom and font-size setting), whatever the page's root font size.
 * @cssprop [--pn-color-scheme] - `light` or `dark` forces that scheme on the elements; unset, they follow the page's `color-scheme` (a page that declares none is light).
 * @cssprop [--pn-font-family=system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif] - All text.
 * @cssprop [--pn-font-family-heading=var(--pn-font-family)] - Titles and headings.
 * @cssprop [--pn-color-text=light-dark(#1d1d1f, #e8e6e3)] - Body text.
 * @cssprop [--pn-color-text-muted=light-dark(#595959, #b5b1ab)] - Datelines, labels, captions.
 * @cssprop [--pn-color-heading=light-dark(#111, #f5f3f0)] - Titles.
 * @cssprop [--pn-color-accent=light-dark(#a50e15, #ff8f87)] - Party red: section names, rules, markers, buttons.
 * @cssprop [--pn-color-link=var(--pn-color-heading)] - Links.
 * @cssprop [--pn-color-link-hover=var(--pn-color-accent)] - Links on hover and focus.
 * @cssprop [--pn-color-surface=light-dark(#fff, #1b1b1d)] - Card and field backgrounds.
 * @cssprop [--pn-color-surface-subtle=light-dark(#f6f4f1, #26262a)] - Captions, tags, placeholders.
 * @cssprop [--pn-color-border=light-dark(#dcd7d0, #3b3b40)] - Borders and rules.
 * @cssprop [--pn-color-focus=light-dark(#0b57d0, #8ab4f8)] - Focus rings.
 * @cssprop [--pn-color-mark=light-dark(#ffec99, #5e4b00)] - Background of the words a search matched.
 * @cssprop [--pn-color-mark-text=light-dark(#1d1d1f, #f5f3f0)] - Text of the words a search matched.
 * @cssprop [--pn-radius=6px] - Corner radius.
 * @cssprop [--pn-space=1em] - Base spacing.
 * @cssprop [--pn-line-height=1.6] - Line height of text.
 */
export class PartyNewsElement extends LitElement {
  // Reactive properties are declared the plain-JavaScript way, in `static properties`, each one's
  // documentation on its field: TypeScript's decorator helpers cost the script-tag bundle ~0.4 KB.
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
  };
  /** Language of the element's UI and dates: `vi` (default) or `en`. When unset, the closest `[lang]` ancestor's. */
  override lang!: string;

  /** IANA time zone for datelines. When unset, the closest `[time-zone]` ancestor's, else `Asia/Ho_Chi_Minh`. */
  timeZone?: string;

  /** The language actually used. */
  protected get uiLang(): Lang {
    // The property first: during render, a just-set property is not yet reflected to its attribute.
    return toLang(this.lang || inherited(this, 'lang') || document.documentElement.lang);
  }

  /** The time zone actually used; an unknown zone falls back to Vietnam time with a warning. */
  protected get zone(): string {
    const zone = this.timeZone || inherited(this, 'time-zone');
    if (!zone) return DEFAULT_TIME_ZONE;
    if (isValidTimeZone(zone)) return zone;
    if (!warnedZones.has(zone)) {
      warnedZones.add(zone);
      console.warn(`<${this.localName}>: unknown time-zone "${zone}"; showing ${DEFAULT_TIME_ZONE}.`);
    }
    return DEFAULT_TIME_ZONE;
  }

  /**
   * Markup a server wrote (Declarative Shadow DOM, attached before this element was defined) is
   * adopted as it is (Lit's hydration): the first render must be the server's, which knew no
   * reader's settings, browser features or URL. The next render, once adopted, shows them.
   */
  protected adopting = !!this.shadowRoot;

  /**
   * Controls that need script (buttons, inputs) render only when this is true: never on a server,
   * nor in the render that adopts its markup, so a page read without script shows only what works
   * there (links); they appear in the render after adoption, when the script that runs them has.
   */
  protected get scripted(): boolean {
    return !isServer && !this.adopting;
  }

  /** Called once the server's markup is adopted, before the render that shows this browser's state. */
  protected adopted(): void {}

  /** A message in the element's language; bound, so templates outside the class can be given it. */
  protected readonly t: Translate = (key, values) => msg(this.uiLang, key, values);

  /**
   * Says in the console, in one line, that items were skipped or the feed repaired, with the
   * counts, the first problem and where `details` are: nothing is lost silently, and a feed whose
   * every item is shown (dates without a zone, say) writes nothing on every page view. See
   * problemLine for what counts. `shown`: how many items are shown.
   */
  protected warnProblems(problems: Problem[], shown: number, details: string): void {
    const line = problemLine(problems, shown, details);
    if (line) console.warn(`<${this.localName}>: ${line}`);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // 'load' and 'error' do not bubble: caught on their way down, for every <img> in this shadow
    // root, now or later. A failed image is marked so the styles show a quiet placeholder instead
    // of the browser's broken-image glyph; an <img> reused for a new src that loads is unmarked.
    for (const type of ['error', 'load']) root.addEventListener(type, markImage, true);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.adopting)
      void this.updateComplete.then(() => {
        this.adopting = false;
        this.adopted();
        this.requestUpdate();
      });
    connected.join(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.leave(this);
  }
}
