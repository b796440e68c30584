import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';

import { toRelated } from '../model/items/element-input.js';
import { RELATED_DETAILS } from '../model/items/problem-summary.js';
import type { Article, RelatedArticle } from '../model/types.js';
import { articleLink } from '../shared/article-link.js';
import { baseStyles } from '../shared/base.styles.js';
import { datelineTemplate } from '../shared/dateline.js';
import { PartyNewsElement } from '../shared/element.js';
import { headingTag, validLevel } from '../shared/heading.js';
import { version } from '../version.js';
import { relatedStyles } from './related.styles.js';

/**
 * The "Tin liên quan" list that ends a report: each item is its title as a link, and its date.
 * Renders nothing when there is nothing related.
 *
 * @tag party-news-related
 * @summary A list of related news.
 *
 * @csspart base - The `<section>` around the list.
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart link - Each title link (a `<button>` for an item without a URL).
 * @csspart meta - Each item's `<time>`.
 *
 * @cssprop [--pn-related-heading-color=var(--pn-color-accent)] - Heading colour.
 * @cssprop [--pn-related-marker-color=var(--pn-color-accent)] - Colour of the square before each item.
 *
 * @fires {CustomEvent<{ article: Article | RelatedArticle }>} party-news-select - The reader chose an item. Cancelable: `preventDefault()` keeps the link from being followed.
 */
export class PartyNewsRelated extends PartyNewsElement {
  static override styles = [baseStyles, relatedStyles];
  static override properties: PropertyDeclarations = {
    articles: { attribute: false },
    heading: { reflect: true },
    max: { type: Number, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
  };
  /** @internal The party-news version of this class, compared by `define()`. */
  static readonly version = version;

  /** The related articles: normalised `Article`s, or small objects `{ title, url, date_published }`. */
  articles: (Article | RelatedArticle | Record<string, unknown>)[] = [];

  /** The heading; default "Tin liên quan" / "Related news". */
  heading?: string;

  /** Show at most this many items. */
  max?: number;

  /** Level of the heading, 2–6. */
  headingLevel = 2;

  #items: (Article | RelatedArticle)[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('articles')) {
      const { items, problems } = toRelated(Array.isArray(this.articles) ? this.articles : []);
      this.warnProblems(problems, items.length, RELATED_DETAILS);
      this.#items = items;
    }
  }

  protected override render() {
    const max = this.max !== undefined && this.max >= 0 ? this.max : Infinity;
    const items = this.#items.slice(0, max);
    if (!items.length) return nothing;
    const tag = headingTag(validLevel(this.headingLevel, 2, 2));
    return html`<section part="base" class="related" aria-labelledby="heading">
      ${staticHtml`<${tag} part="heading" class="heading" id="heading">${this.heading || this.t('related')}</${tag}>`}
      <ul part="list" class="list">
        ${items.map(
          (item) => html`<li part="item" class="item">
            ${articleLink(item, item.title)}
            ${
              item.datePublished
                ? html` ${datelineTemplate(item.datePublished, this.uiLang, this.zone, { meta: true, brackets: true })}`
                : nothing
            }
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
