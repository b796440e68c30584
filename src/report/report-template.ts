// The pieces of a report's markup, top to bottom, each a function of the article (and of the
// report's translator where it says something), named for its part. <party-news-report> imports
// them as `report` and puts them together with its reader tools (report.title(a, level) …); a
// piece the article has nothing for renders nothing.
import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';

import { parseUrl } from '../model/items/urls.js';
import type { Lang } from '../model/messages.js';
import type { Article, ArticleImage, Author, RelatedArticle } from '../model/types.js';
import type { PartyNewsRelated } from '../related/related.js';
import { outboundRel } from '../shared/article-link.js';
import { datelineTemplate } from '../shared/dateline.js';
import type { Translate } from '../shared/element.js';
import { headingTag } from '../shared/heading.js';
import { captionTemplate } from './photo-viewer.js';
import { RELATED_EXPORTPARTS } from './report-parts.js';

type Related = PartyNewsRelated['articles'];

/** The language of the article's own text (title, sapo, body), when it names one. */
const textLang = (a: Article) => a.language ?? nothing;

/** The section the article belongs to, linked when the feed gives the section's page. */
export function breadcrumb({ category }: Article, t: Translate) {
  if (!category) return nothing;
  const { name, url } = category;
  return html`<nav part="breadcrumb" class="breadcrumb" aria-label=${t('breadcrumb')}>
    ${url ? html`<a href=${url} rel=${outboundRel(url)}>${name}</a>` : html`<span>${name}</span>`}
  </nav>`;
}

/** The title, at `level`; focusable from script, so that opening a report can move focus to it. */
export function title(a: Article, level: number) {
  const tag = headingTag(level);
  const lang = textLang(a);
  return staticHtml`<${tag} part="title" class="title" id="title" tabindex="-1" lang=${lang}>${a.title}</${tag}>`;
}

/** The dateline: when the article was published, and updated if it was. */
export function dates({ datePublished, dateModified }: Article, lang: Lang, timeZone: string, t: Translate) {
  const updated = dateModified && datelineTemplate(dateModified, lang, timeZone, { label: t('modified') });
  return html`<p part="meta" class="meta">
    ${datePublished ? datelineTemplate(datePublished, lang, timeZone, { label: t('published') }) : nothing}
    ${updated ? html`<span class="sep" aria-hidden="true">·</span> ${updated}` : nothing}
  </p>`;
}

/** The sapo, the lead paragraph in bold under the tools. */
export function summary(a: Article) {
  return a.summary ? html`<p part="summary" class="summary" lang=${textLang(a)}>${a.summary}</p>` : nothing;
}

/**
 * The lead photo, with the caption under it: when `zoomable` (script runs the viewer), a button
 * that opens the viewer at photo 0; else (a page read without script) the image alone.
 */
export function leadPhoto(image: ArticleImage | undefined, t: Translate, zoomable = true) {
  if (!image) return nothing;
  const { src, alt, width, height } = image;
  const img = html`<img src=${src} alt=${alt} width=${width ?? nothing} height=${height ?? nothing} fetchpriority="high" />`;
  const label = t('enlarge', { alt: alt || image.caption || '' });
  return html`<figure part="lead" class="lead">
    ${zoomable ? html`<button type="button" class="zoom" data-photo="0" aria-label=${label}>${img}</button>` : img}
    ${captionTemplate(image, t, 'caption')}
  </figure>`;
}

/** The sanitised body, as the report's `bodyContent` gives it (nodes in a browser, markup on a server). */
export function body(a: Article, content: unknown) {
  return html`<div part="body" class="body" lang=${textLang(a)}>${content}</div>`;
}

function authorTemplate({ name, organization }: Author, i: number) {
  const org = organization ? html`, <span class="org">${organization}</span>` : nothing;
  return html`${i ? '; ' : ''}<span class="author">${name}</span>${org}`;
}

/** Who wrote it: "Name, Organisation; Name", introduced to screen readers only. */
export function byline({ authors }: Article, t: Translate) {
  if (!authors.length) return nothing;
  return html`<p part="byline" class="byline">
    <span class="visually-hidden">${t('authors')}: </span>${authors.map(authorTemplate)}
  </p>`;
}

export function tags({ tags }: Article, t: Translate) {
  if (!tags.length) return nothing;
  return html`<div class="tags-line">
    <span class="label" id="tags">${t('tags')}:</span>
    <ul part="tags" class="tags" aria-labelledby="tags">
      ${tags.map((tag) => html`<li>${tag}</li>`)}
    </ul>
  </div>`;
}

/** Where the article comes from: the originating portal's host name, linked to the article there. */
export function source({ url }: Article, t: Translate) {
  if (!url) return nothing;
  return html`<p part="source" class="source">
    ${t('source')}: <a href=${url} rel=${outboundRel(url)}>${parseUrl(url)?.host || url}</a>
  </p>`;
}

/**
 * The related list, a level below the title, of `articles` when given, else of the article's own
 * inline related objects; its parts are exported under `related-` names.
 */
export function related(a: Article, articles: Related | undefined, heading: string | undefined, level: number) {
  const shown = articles ?? a.related.filter((r): r is RelatedArticle => typeof r === 'object');
  return html`<party-news-related
    part="related"
    exportparts=${RELATED_EXPORTPARTS}
    class="related"
    .articles=${shown}
    heading=${heading || nothing}
    heading-level=${Math.min(6, level + 1)}
  ></party-news-related>`;
}
