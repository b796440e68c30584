import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';

import { queryWords } from '../model/browsing/word-search.js';
import type { Lang } from '../model/messages.js';
import type { Article } from '../model/types.js';
import { articleLink } from '../shared/article-link.js';
import { datelineTemplate } from '../shared/dateline.js';
import { headingTag, validLevel } from '../shared/heading.js';
import { highlighted } from '../shared/highlight.js';

export type CardLayout = 'vertical' | 'horizontal' | 'compact';

/** Parts of a card a list can leave out (the feed's `hide`). */
export type CardPiece = 'image' | 'summary' | 'date' | 'category';

export interface CardOptions {
  layout: CardLayout;
  headingLevel: number;
  lang: Lang;
  timeZone: string;
  /** The part name of the card's <article>: `base` in <party-news-card>, `card` in the feed. */
  part?: string;
  /** Show the category label (a feed showing one category says it once, not on every card). */
  showCategory?: boolean;
  /** A search in progress (the feed's): the words it matched are marked in the title and summary. */
  query?: string;
  /** Pieces left out of the card (a headline-only box hides `image` and `summary`). */
  hide?: ReadonlySet<CardPiece>;
  /**
   * The lead story of a featured list: its photo is likely the page's largest paint, so it is
   * fetched at once and first (no lazy loading, high priority); its size is reserved as any card's.
   */
  lead?: boolean;
}

/**
 * A card's markup. <party-news-card> renders it in its own shadow root; the feed renders it
 * straight into its list (with cardStyles), so a thousand cards cost a thousand templates, not a
 * thousand elements with shadow roots.
 */
export function cardTemplate(
  a: Article,
  { layout, headingLevel, lang, timeZone, part = 'base', showCategory = true, query = '', hide, lead }: CardOptions,
) {
  const compact = layout === 'compact';
  const shows = (piece: CardPiece) => !hide?.has(piece);
  const words = queryWords(query);
  const tag = headingTag(validLevel(headingLevel, 2, 3));
  const image = !compact && shows('image') && a.image;
  return html`<article part=${part} class="card ${layout} ${lead ? 'lead' : ''}" lang=${a.language ?? nothing}>
    ${
      image
        ? html`<div part="media" class="media">
          <img part="image" src=${image.src} alt=${image.alt} width=${image.width ?? nothing} height=${image.height ?? nothing} loading=${lead ? 'eager' : 'lazy'} fetchpriority=${lead ? 'high' : nothing} decoding="async" />
        </div>`
        : nothing
    }
    <div class="text">
      ${a.category && showCategory && shows('category') && !compact ? html`<p part="category" class="category">${a.category.name}</p>` : nothing}
      ${staticHtml`<${tag} part="title" class="title">${articleLink(a, highlighted(a.title, words))}</${tag}>`}
      ${a.datePublished && shows('date') ? datelineTemplate(a.datePublished, lang, timeZone, { meta: true }) : nothing}
      ${a.units?.length ? html`<p part="unit" class="unit">${a.units.join(' · ')}</p>` : nothing}
      ${a.summary && shows('summary') && !compact ? html`<p part="summary" class="summary">${highlighted(a.summary, words)}</p>` : nothing}
    </div>
  </article>`;
}
