import { css, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';

import { toArticle } from '../model/items/element-input.js';
import { ARTICLE_DETAILS } from '../model/items/problem-summary.js';
import type { Article } from '../model/types.js';
import { baseStyles } from '../shared/base.styles.js';
import { PartyNewsElement } from '../shared/element.js';
import { version } from '../version.js';
import { cardStyles } from './card.styles.js';
import { type CardLayout, cardTemplate } from './card-template.js';

export type { CardLayout };

/**
 * One article teaser: category, title, dateline, summary and a thumbnail whose space is reserved
 * before it loads. The title is the card's one link, stretched over the whole card.
 *
 * @tag party-news-card
 * @summary An article teaser for news lists and grids.
 *
 * @csspart base - The `<article>` that frames the card.
 * @csspart media - The thumbnail's frame, with the reserved aspect ratio.
 * @csspart image - The thumbnail `<img>`.
 * @csspart category - The section name above the title.
 * @csspart title - The heading that holds the link.
 * @csspart link - The title's `<a>` (or `<button>` when the article has no URL).
 * @csspart meta - The dateline `<time>`.
 * @csspart summary - The lead text.
 * @csspart unit - The units that published the article, in a feed that merges several.
 *
 * @cssprop [--pn-card-background=var(--pn-color-surface)] - Card background.
 * @cssprop [--pn-card-border=1px solid var(--pn-color-border)] - Card border.
 * @cssprop [--pn-card-padding=var(--pn-space)] - Space inside the card's text.
 * @cssprop [--pn-card-title-size=1.125em] - Title font size.
 * @cssprop [--pn-card-title-lines=none] - Lines of title shown before an ellipsis (`none`: all of it).
 * @cssprop [--pn-card-summary-lines=3] - Lines of summary shown before an ellipsis.
 * @cssprop [--pn-card-image-ratio=3 / 2] - Thumbnail aspect ratio.
 * @cssprop [--pn-card-image-width=38%] - Thumbnail width in the horizontal layout.
 *
 * @fires {CustomEvent<{ article: Article }>} party-news-select - The reader chose the article. Cancelable: `preventDefault()` keeps the link from being followed.
 */
export class PartyNewsCard extends PartyNewsElement {
  static override styles = [baseStyles, cardStyles, css`:host { height: 100%; }`];
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
  };
  /** @internal The party-news version of this class, compared by `define()`. */
  static readonly version = version;
  /** focus() on the card focuses its link, as a feed does when a reader comes back from a report. */
  static override shadowRootOptions = { ...PartyNewsElement.shadowRootOptions, delegatesFocus: true };

  /** The article to show: a normalised `Article`, or a raw item of the native JSON format (validated and cleaned here). */
  article?: Article | Record<string, unknown>;

  /**
   * `vertical` (image above), `horizontal` (image beside) or `compact` (title and date only).
   * @type {'vertical' | 'horizontal' | 'compact'}
   */
  layout: CardLayout = 'vertical';

  /** Level of the title heading, 2–6. */
  headingLevel = 3;

  #shown?: Article;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article')) {
      const { article, problems } = toArticle(this.article);
      this.warnProblems(problems, article ? 1 : 0, ARTICLE_DETAILS);
      this.#shown = article;
    }
  }

  protected override render() {
    const a = this.#shown;
    return a
      ? cardTemplate(a, {
          layout: this.layout,
          headingLevel: this.headingLevel,
          lang: this.uiLang,
          timeZone: this.zone,
        })
      : nothing;
  }
}
