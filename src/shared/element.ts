import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../model/format-date.js';
import { msg, toLang, type Lang, type MessageKey } from '../model/messages.js';
import type { Problem } from '../model/types.js';

/** The closest value of `attr` on `from` or an ancestor, walking out of shadow roots to their hosts. */
function inherited(from: Element, attr: string): string | null {
  for (let el: Element | null = from; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)) {
    const value = el.getAttribute(attr);
    if (value) return value;
  }
  return null;
}

const warnedZones = new Set<string>();

// One observer for the page's own lang: a portal that switches language re-renders every element.
const connected = new Set<PartyNewsElement>();
let pageLangObserver: MutationObserver | undefined;

/**
 * What every party-news element shares: `lang` and `time-zone` that fall back to the closest
 * ancestor that sets them, the message catalogue, and reporting of invalid input.
 */
export class PartyNewsElement extends LitElement {
  /** Language of the element's UI and dates: `vi` (default) or `en`. When unset, the closest `[lang]` ancestor's. */
  @property({ reflect: true }) override lang!: string;

  /** IANA time zone for datelines. When unset, the closest `[time-zone]` ancestor's, else `Asia/Ho_Chi_Minh`. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone?: string;

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

  protected t(key: MessageKey, values?: Record<string, string | number>): string {
    return msg(this.uiLang, key, values);
  }

  /** Says, in the console, which item and field were wrong: nothing is dropped silently. */
  protected warnProblems(problems: Problem[]): void {
    for (const p of problems) {
      console.warn(`<${this.localName}>: item "${p.item}", field "${p.field}" ${p.message}; ${p.dropped === 'item' ? 'item skipped' : 'field dropped'}.`);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    pageLangObserver ??= new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
    if (connected.size === 1) pageLangObserver.observe(document.documentElement, { attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (!connected.size) pageLangObserver?.disconnect();
  }
}
