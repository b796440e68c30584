// The elements rendered to HTML on a server, with @lit-labs/ssr: the same classes, templates and
// sanitiser as in the browser (DOMPurify on jsdom's window), written as Declarative Shadow DOM so
// the article reads before, and without, any script.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

import type { CardLayout } from '../card/card-template.js';
import type { FeedLayout, FeedPaging } from '../feed/feed.js';
import { fragmentHtml } from '../model/bodies/sanitize.js';
import { inlineFeed } from '../model/items/native-item.js';
import type { Lang } from '../model/messages.js';
import type { Article, NormalizedFeed, RelatedArticle } from '../model/types.js';
import { scriptJson } from '../report/json-ld.js';
import { PartyNewsReport } from '../report/report.js';
import { installDom } from './dom.js';

export interface ElementOptions {
  /** `vi` (default) or `en`: the elements' UI and datelines. */
  lang?: Lang;
  /** IANA zone of the datelines. Default: Asia/Ho_Chi_Minh. */
  timeZone?: string;
}

let ready: Promise<void> | undefined;

/**
 * Lit's server output as valid HTML. Lit marks the end of some parts with `<?>`, which parsers
 * read as the comment `<!--?-->` but which is a parse error to a validator: it is written as that
 * comment, the same node. It only ever follows a part's end marker (attribute values Lit writes
 * have their `<` escaped, so the sequence cannot be feed text there).
 */
const validHtml = (html: string) => html.replaceAll('<!--/lit-part--><?>', '<!--/lit-part--><!--?-->');

async function renderHtml(template: unknown): Promise<string> {
  return validHtml(await collectResult(render(template)));
}

/** jsdom for the model, then the elements, registered in Lit's server DOM shim. */
function setUp(): Promise<void> {
  return (ready ??= (async () => {
    await installDom();
    // A server writes markup, not nodes: the body is given as its sanitised markup.
    PartyNewsReport.bodyContent = (body) => unsafeHTML(fragmentHtml(body));
    await Promise.all([import('../report/define.js'), import('../card/define.js'), import('../feed/define.js')]);
  })());
}

/** `<party-news-report>` for one article, its shadow root declared in the markup. */
export async function renderReport(
  article: Article,
  {
    related = [],
    headingLevel = 1,
    relatedHeading,
    ...options
  }: ElementOptions & {
    related?: (Article | RelatedArticle)[];
    headingLevel?: number;
    relatedHeading?: string;
  } = {},
): Promise<string> {
  await setUp();
  return renderHtml(
    html`<party-news-report
      lang=${options.lang ?? 'vi'}
      time-zone=${options.timeZone ?? 'Asia/Ho_Chi_Minh'}
      heading-level=${headingLevel}
      related-heading=${relatedHeading ?? ''}
      .article=${article}
      .related=${related}
    ></party-news-report>`,
  );
}

/** `<party-news-card>` for one article, its title linking to the article's `url`. */
export async function renderCard(
  article: Article,
  {
    layout = 'vertical',
    headingLevel = 2,
    ...options
  }: ElementOptions & { layout?: CardLayout; headingLevel?: number } = {},
): Promise<string> {
  await setUp();
  return renderHtml(
    html`<party-news-card
      lang=${options.lang ?? 'vi'}
      time-zone=${options.timeZone ?? 'Asia/Ho_Chi_Minh'}
      layout=${layout}
      heading-level=${headingLevel}
      .article=${article}
    ></party-news-card>`,
  );
}

export interface FeedElementOptions extends ElementOptions {
  layout?: FeedLayout;
  pageSize?: number;
  headingLevel?: number;
  searchable?: boolean;
  /** `inline` (default) or `link`, as the element's `open`. */
  open?: 'inline' | 'link';
  /** The format the feed was read from (parse-feed's name), so undated RSS and Atom items stay. */
  format?: string;
  /** As the element's `paging`, `max-items`, `hide`, `category`, `tabs` and `archive`. */
  paging?: FeedPaging;
  maxItems?: number;
  hide?: string;
  category?: string;
  tabs?: boolean;
  archive?: boolean;
}

/**
 * `<party-news-feed>` with its first screen in Declarative Shadow DOM and the whole feed inside it
 * as inline JSON (absolute URLs, sanitised bodies): the page shows the first screen before any
 * script, and the element, adopting it, reads the same JSON and makes no request.
 */
export async function renderFeed(
  feed: NormalizedFeed,
  {
    layout = 'grid',
    pageSize = 6,
    headingLevel = 2,
    searchable = false,
    open = 'inline',
    format,
    paging = 'more',
    maxItems,
    hide,
    category,
    tabs = false,
    archive = false,
    ...options
  }: FeedElementOptions = {},
): Promise<string> {
  await setUp();
  const data = inlineFeed(feed, format);
  return renderHtml(
    html`<party-news-feed
      lang=${options.lang ?? 'vi'}
      time-zone=${options.timeZone ?? 'Asia/Ho_Chi_Minh'}
      layout=${layout}
      page-size=${pageSize}
      heading-level=${headingLevel}
      open=${open}
      paging=${paging}
      max-items=${maxItems ?? nothing}
      hide=${hide ?? nothing}
      category=${category ?? nothing}
      ?tabs=${tabs}
      ?archive=${archive}
      ?searchable=${searchable}
      .feed=${data}
    >${unsafeHTML(`<script type="application/json">${scriptJson(data)}</script>`)}</party-news-feed>`,
  );
}
