import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';

import { shownOnce } from '../model/bodies/teaser.js';
import { toArticle } from '../model/items/element-input.js';
import { ARTICLE_DETAILS } from '../model/items/problem-summary.js';
import type { Article, RelatedArticle } from '../model/types.js';
import { PartyNewsRelated } from '../related/related.js';
import { baseStyles } from '../shared/base.styles.js';
import { PartyNewsElement } from '../shared/element.js';
import { validLevel } from '../shared/heading.js';
import { version } from '../version.js';
import { JsonLdScript } from './json-ld.js';
import { collectPhotos, PhotoViewer, zoomButtons } from './photo-viewer.js';
import { photoViewerStyles } from './photo-viewer.styles.js';
import { PrintAlone } from './print.js';
import { ReadAloud, type SpeechEngine } from './read-aloud.js';
import { reportStyles } from './report.styles.js';
import * as report from './report-template.js';
import { sharedLink, ShareRow } from './share.js';
import { DEFAULT_STEP, TextSize, textSizeStep } from './text-size.js';
import { toolStyles } from './tools.styles.js';

/**
 * The full report as an agency portal sets it: section breadcrumb, title, dateline, sapo, lead
 * photo, the body with every photo as a captioned figure, byline with organisation, tags, and
 * the related list at the end. The body is sanitised here, whatever the article's origin. While
 * it shows an article, schema.org NewsArticle JSON-LD for it stands in the page's `<head>`.
 *
 * @tag party-news-report
 * @summary The full view of one article.
 *
 * @csspart base - The `<article>`.
 * @csspart breadcrumb - The section `<nav>` above the title.
 * @csspart title - The title heading.
 * @csspart meta - The dateline line (published and updated times).
 * @csspart tools - The reader tools above the sapo: text size, read aloud, print.
 * @csspart share - The share row after the article: copy link, the browser's share sheet, Facebook, Zalo.
 * @csspart source - The source line: the originating portal, linked.
 * @csspart viewer - The photo viewer `<dialog>`.
 * @csspart summary - The sapo (lead paragraph).
 * @csspart lead - The lead photo's `<figure>`.
 * @csspart caption - The lead photo's `<figcaption>`.
 * @csspart body - The article body.
 * @csspart byline - Author names and organisations.
 * @csspart tags - The tag list.
 * @csspart related - The `<party-news-related>` at the end.
 * @csspart related-heading - The related list's heading (its `heading`, exported so that a feed can pass it on).
 * @csspart related-list - The related list's `<ul>`.
 * @csspart related-item - Each related `<li>`.
 * @csspart related-link - Each related title link.
 * @csspart related-meta - Each related item's date.
 *
 * @cssprop [--pn-report-max-width=46em] - Width of the text column.
 * @cssprop [--pn-report-title-size=clamp(1.3em, 1.05em + 0.9vw, 1.75em)] - Title font size.
 * @cssprop [--pn-report-body-size=1.0625em] - Body font size.
 * @cssprop [--pn-report-caption-color=var(--pn-color-text-muted)] - Photo caption colour.
 * @cssprop [--pn-report-caption-background=var(--pn-color-surface-subtle)] - Photo caption background.
 *
 * @fires {CustomEvent<{ article: Article | RelatedArticle }>} party-news-select - From the related list: the reader
 * chose a related article. Cancelable.
 */
export class PartyNewsReport extends PartyNewsElement {
  static override styles = [baseStyles, reportStyles, toolStyles, photoViewerStyles];
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    related: { attribute: false },
    relatedHeading: { attribute: 'related-heading' },
    shareBase: { attribute: 'share-base' },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
  };
  /** @internal The party-news version of this class, compared by `define()`. */
  static readonly version = version;
  /** @internal Elements in its shadow root, registered with it by `define()`. */
  static readonly dependencies = { 'party-news-related': PartyNewsRelated };
  /**
   * @internal What the template is given for the sanitised body: the fragment itself in a browser.
   * A server (@lit-labs/ssr) writes markup, not nodes: src/node/render.ts gives it the markup.
   */
  static bodyContent: (body: DocumentFragment) => unknown = (body) => body;
  /** The article: a normalised `Article`, or a raw item of the native JSON format (validated and sanitised here). */
  article?: Article | Record<string, unknown>;

  /** Related articles for the list at the end. When unset, the article's own inline `related` objects. */
  related?: (Article | RelatedArticle | Record<string, unknown>)[];

  /** Heading of the related list; default "Tin liên quan" / "Related news". */
  relatedHeading?: string;

  /**
   * Where pages made by `party-news render` are served (its `--site-url`): share links then point
   * at the article's page there, whose link previews show the article.
   */
  shareBase?: string;

  /** Level of the title heading, 1–6. */
  headingLevel = 1;

  /**
   * @internal The speech engine "Đọc bài" reads with: the browser's `speechSynthesis` (none: no
   * button). Stories and tests give a scripted one, since headless browsers have no voices. Not
   * reactive: set it before the first render.
   */
  speechEngine: SpeechEngine | undefined = globalThis.speechSynthesis;

  /** The article as given, validated. */
  #valid?: Article;
  /** As shown: without a lead photo the body repeats, and without a sapo the body repeats whole. */
  #shownArticle?: Article;
  #body?: DocumentFragment;
  readonly #textSize = new TextSize(this);
  readonly #reader = new ReadAloud(this, () => this.#speechText());
  readonly #print = new PrintAlone(this);
  readonly #share = new ShareRow(this);
  readonly #viewer = new PhotoViewer(this);
  // Works on its own, through the report's lifecycle: the JSON-LD of the article on show, in <head>.
  readonly #jsonLd = new JsonLdScript(this, () => this.#valid);

  /**
   * Adopted from a server: now this reader's text size, and the photos the server wrote as plain
   * images become buttons that open the viewer (in place: the images readers see stay).
   */
  protected override adopted(): void {
    this.#textSize.step = textSizeStep();
    const body = this.shadowRoot?.querySelector('.body');
    if (body) zoomButtons(body, this.#shownArticle?.image ? 1 : 0, this.#enlarge);
  }

  readonly #enlarge = (alt: string) => this.t('enlarge', { alt });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.adopting) this.#textSize.step = DEFAULT_STEP;
    if (!changed.has('article')) return;
    const { article, problems } = toArticle(this.article);
    this.warnProblems(problems, article ? 1 : 0, ARTICLE_DETAILS);
    this.#valid = article;
    // Each text and photo once: a body that repeats the head, the sapo or the lead photo says it once.
    const shown = article ? shownOnce(article) : {};
    this.#body = shown.body;
    this.#shownArticle = article && { ...article, summary: shown.summary, image: shown.image };
    const zoom = this.scripted ? this.#enlarge : undefined;
    this.#viewer.photos = collectPhotos(this.#body, this.#shownArticle?.image, zoom);
  }

  /** What "Đọc bài" reads, in the article's language: the title, the sapo as shown, the body. */
  #speechText() {
    const body = this.shadowRoot?.querySelector('.body')?.textContent ?? undefined;
    return {
      lang: this.#valid?.language ?? this.uiLang,
      parts: [this.#valid?.title, this.#shownArticle?.summary, body],
    };
  }

  /** Moves focus to the title, so a reader who opened the report starts reading at its top. */
  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector<HTMLElement>('.title')?.focus(options);
  }

  /**
   * Text size, read aloud and print, above the sapo: one short row, even on a phone, so the
   * article starts on the first screen. Sharing waits at the end, where a reader has read it.
   * Buttons all, they need script: a server writes the row empty, its height kept for them
   * (tools.styles.ts), and they appear once the script runs.
   */
  #renderTools() {
    const { t } = this;
    const tools = html`${this.#textSize.render(t)}
      <div class="tool-group" role="group" aria-label=${t('tools')}>
        ${this.#reader.render(t)} ${this.#print.render(t)}
      </div>`;
    return html`<div part="tools" class="tools">${this.scripted ? tools : nothing}</div>`;
  }

  protected override render() {
    const a = this.#shownArticle;
    if (!a) return nothing;
    const { t } = this;
    const level = validLevel(this.headingLevel, 1, 1);
    return html`<article
      part="base"
      class="report size-${this.#textSize.step}"
      aria-labelledby="title"
      @click=${this.#viewer.onClick}
    >
      ${report.breadcrumb(a, t)}
      ${report.title(a, level)}
      ${report.dates(a, this.uiLang, this.zone, t)}
      ${this.#renderTools()}
      ${report.summary(a)}
      ${report.leadPhoto(a.image, t, this.scripted)}
      ${this.#body ? report.body(a, PartyNewsReport.bodyContent(this.#body)) : nothing}
      ${report.byline(a, t)}
      ${report.tags(a, t)}
      ${this.#share.render(t, a, sharedLink(a, this.shareBase), this.scripted)}
      ${report.source(a, t)}
      ${this.#viewer.render(t)}
      ${report.related(a, this.related, this.relatedHeading, level)}
    </article>`;
  }
}
