import { css, LitElement, type PropertyDeclarations } from 'lit';

import { version } from '../version.js';

/**
 * One unit's feed inside a `<party-news-feed>` that merges several: a chi bộ's or đảng bộ's own RSS,
 * Atom, JSON Feed or native JSON. It shows nothing itself; the feed around it reads it, names each
 * card by its unit, and says so when this source fails.
 *
 * @tag party-news-source
 * @summary One unit's feed, merged by the `<party-news-feed>` around it.
 */
export class PartyNewsSource extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    name: { reflect: true },
  };
  /** @internal The party-news version of this class, compared by `define()`. */
  static readonly version = version;

  /** URL of the unit's feed, in any format `<party-news-feed src>` reads. */
  src?: string;

  /** The unit's name on its cards and in notices ("Chi bộ Sở Tài chính"); else the feed's own title. */
  name?: string;
}
