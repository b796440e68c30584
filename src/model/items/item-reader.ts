// One item of a feed read field by field: each field checked, cleaned and typed, each problem
// named by the item and the field. Shared by normalizeFeed, the first-screen preview and the
// elements' own inputs; nothing here knows about whole feeds. Over 250 lines because it is one
// class, the per-item hot path of a 10,000-item feed: its field readers are prototype methods that
// share the item's problem list, and read best side by side. The value checks are field-values.ts.
import { SAPO_READ, sapoOf } from '../bodies/sapo.js';
import type { Article, ArticleImage, Author, Category, Json, Problem, RelatedArticle } from '../types.js';
import { type DateReading, parseDate } from './dates.js';
import {
  array,
  bodyCut,
  fail,
  fitsStandard,
  Invalid,
  isObject,
  line,
  MAX_TEXT,
  MAX_TITLE,
  plain,
  size,
  standardOf,
  string,
  textToHtml,
} from './field-values.js';
import { cleanLine, cleanText, slugify } from './text.js';
import { parseUrl, safeUrl, type UrlKind } from './urls.js';

/** How an RSS or Atom item without a readable date is kept, in its problem's message. */
export const UNDATED_KEPT = 'the item is shown without a dateline, in feed order';
/** Why one is skipped all the same: what would have kept it. */
export const UNDATED_SKIPPED = 'an item with a link or a body is kept without a dateline; this one has neither';
/** The other date element an RSS or Atom item without a date may carry, by the element reported. */
const OTHER_DATE: Record<string, string> = { pubDate: 'dc:date', updated: 'published' };

/** What parse-feed tells about one XML item (`_party_news` on the item). */
export interface ItemNotes {
  /** The xml:base of the item's body. */
  base?: string;
  /** The element each date came from ("pubDate"), named in reports with its standard. */
  fields?: Record<string, string>;
  notes?: { field: string; message: string; dropped: Problem['dropped'] }[];
}

/** An Article handed back (spread or copied) reads like its source item under these names. */
export const CAMEL: Record<string, string> = {
  date_published: 'datePublished',
  date_modified: 'dateModified',
  content_html: 'contentHtml',
  content_text: 'contentText',
};

// Objects this module made: elements trust these and validate anything else they are handed.
export const normalised = new WeakSet<object>();
const mark = <T extends object>(value: T): T => (normalised.add(value), value);

/** True for articles made by normalizeFeed/toArticle; elements skip re-validating those. */
export function isNormalizedArticle(value: unknown): value is Article {
  return normalised.has(value as object) && 'authors' in (value as object);
}

/** A field reader: returns the value, or throws Invalid. Methods of ItemReader, called with it as `this`. */
type Read<T> = (this: ItemReader, value: unknown, field: string) => T;

// The per-item work runs 10,000 times for a big feed: readers are prototype methods, not closures,
// and optional fields are assigned directly, so an item allocates little beyond its Article.
export class ItemReader {
  readonly problems: Problem[] = [];
  name: string;
  readonly notes: ItemNotes;
  readonly base: string | undefined;
  constructor(
    readonly raw: Json,
    readonly index: number,
    feedBase: string | undefined,
    /** The feed's time zone for dates written without one. */
    readonly zone?: string,
    /** XML feeds: an item with a title and a link or body is kept without a date it lacks. */
    readonly lenient = false,
  ) {
    this.name = `#${index}`;
    this.notes = (isObject(raw._party_news) ? raw._party_news : {}) as ItemNotes;
    this.base = this.notes.base ?? feedBase;
  }

  /** Reports under the field's name in the source: "pubDate", not "date_published". */
  report(field: string, message: string, dropped: Problem['dropped'] = 'field'): void {
    this.problems.push({
      item: this.name,
      index: this.index,
      field: this.notes.fields?.[field] ?? field,
      message,
      dropped,
    });
  }

  /** Reads an optional field: absent or null gives undefined; a wrong value is reported and dropped. */
  take<T>(field: string, read: Read<T>, value: unknown): T | undefined {
    if (value === undefined || value === null) return undefined;
    try {
      return read.call(this, value, field);
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      this.report(field, e.message);
      return undefined;
    }
  }

  /** Reads each entry of an optional array, dropping (and reporting) only the bad entries. */
  list<T>(field: string, read: Read<T | undefined>, value: unknown): T[] {
    const entries = this.take(field, array, value);
    const out: T[] = [];
    if (entries) {
      for (let i = 0; i < entries.length; i++) {
        const entry = this.take(`${field}[${i}]`, read, entries[i]);
        if (entry !== undefined) out.push(entry);
      }
    }
    return out;
  }

  /** A top-level field of the item, by its JSON name or the Article's camelCase name. */
  get(field: string): unknown {
    const value = this.raw[field];
    return value !== undefined || !(field in CAMEL) ? value : this.raw[CAMEL[field]];
  }

  /** An optional top-level field of the item. */
  own<T>(field: string, read: Read<T>): T | undefined {
    return this.take(field, read, this.get(field));
  }

  urlOf(value: unknown, kind: UrlKind): string {
    const written = string(value);
    const url = safeUrl(written, kind, this.base);
    if (url) return url;
    const quoted = `"${written.slice(0, 60)}"`;
    // Against a base, a URL that still does not parse is a typo ("http://1.2.3.4.5/"), not a scheme refused.
    const base = this.base ?? globalThis.location?.href;
    return base && written.trim() && !parseUrl(written.trim(), base)
      ? fail(`${quoted} does not parse as a URL`)
      : fail(
          `${quoted} is not an allowed ${kind} URL (http, https${kind === 'link' ? ', mailto' : ', data:image'} or relative)`,
        );
  }

  link(value: unknown): string {
    return this.urlOf(value, 'link');
  }

  /** A value over its size limit (a body's: see bodyCut), cut and reported; text ends in "…", a body is closed by the sanitiser. */
  cut(field: string, text: string, max?: number): string {
    const at = max ?? bodyCut(text);
    if (at >= text.length) return text;
    this.report(field, `is ${text.length} characters long; cut to ${at}`, 'none');
    return max ? `${text.slice(0, max - 1).trimEnd()}…` : text.slice(0, at);
  }

  /**
   * A date in any form feeds use. One not in its field's standard, without a zone, or read with a
   * guess (day or month first) is kept and reported; one that names no real moment is refused.
   */
  date(v: unknown, field: string): Date {
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? fail('is an invalid Date') : v;
    const standard = standardOf(this.notes.fields?.[field] ?? field);
    const reading: DateReading = parseDate(v, this.zone);
    if ('error' in reading) return fail(`${reading.error} (${standard})`);
    const guesses = [
      fitsStandard(reading.form, standard) ? '' : `is not ${standard}; read as ${reading.form}`,
      reading.assumed,
      reading.assumedOffset ? `no time zone; read as ${this.zone ?? 'Vietnam time (+07:00)'}` : '',
    ].filter(Boolean);
    if (guesses.length) this.report(field, `"${String(v)}": ${guesses.join('; ')}`, 'none');
    return reading.date;
  }

  image(v: unknown): ArticleImage {
    if (typeof v === 'string') return { src: this.urlOf(v, 'image'), alt: '' };
    if (!isObject(v)) return fail('must be a URL string or an object with src');
    const image: ArticleImage = {
      src: this.urlOf(v.src ?? v.url ?? fail('needs a src'), 'image'),
      alt: this.take('image.alt', line, v.alt) ?? '',
    };
    const caption = this.take('image.caption', plain, v.caption);
    const credit = this.take('image.credit', line, v.credit);
    const width = this.take('image.width', size, v.width);
    const height = this.take('image.height', size, v.height);
    if (caption) image.caption = caption;
    if (credit) image.credit = credit;
    if (width && height) {
      image.width = width;
      image.height = height;
    }
    return image;
  }

  author(v: unknown): Author {
    if (typeof v === 'string') return { name: line(v) ?? fail('must not be empty') };
    if (!isObject(v)) return fail('must be an object with a name');
    const author: Author = { name: line(v.name ?? fail('needs a name')) ?? fail('needs a name') };
    const organization = this.take('authors.organization', line, v.organization ?? v.organisation);
    const link = this.take('authors.url', this.link, v.url);
    if (organization) author.organization = organization;
    if (link) author.url = link;
    return author;
  }

  category(v: unknown): Category {
    const raw =
      typeof v === 'string' ? { name: v } : isObject(v) ? v : fail('must be a string or an object with a name');
    const name = line(raw.name ?? fail('needs a name')) ?? fail('needs a name');
    const category: Category = { id: this.take('category.id', line, raw.id) ?? slugify(name), name };
    const link = this.take('category.url', this.link, raw.url);
    if (link) category.url = link;
    return category;
  }

  related(v: unknown): string | RelatedArticle {
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (!isObject(v)) return fail('must be an item id or an object with a title');
    const item: RelatedArticle = { title: line(v.title ?? fail('needs a title')) ?? fail('needs a title') };
    const id = this.take('related.id', line, v.id);
    const link = this.take('related.url', this.link, v.url);
    const published = this.take('related.date_published', this.date, v.date_published ?? v.datePublished);
    if (id) item.id = id;
    if (link) item.url = link;
    if (published) item.datePublished = published;
    return mark(item);
  }

  /**
   * The summary and the body. A summary that holds the whole article (several paragraphs, a photo)
   * gives its sapo and is the body when the item has none; with no summary, so does a content_text.
   */
  summaryAndBody(body: string | undefined): { summary?: string; body?: string } {
    const written = this.own('summary', (v) => plain(v));
    const whole = written ?? (this.get('content_html') == null ? body : undefined);
    // Text of several paragraphs is read as the paragraphs it will be shown as; one paragraph is a teaser.
    const html = whole && (/<[a-z]/i.test(whole) ? whole : whole.includes('\n\n') ? textToHtml(whole) : undefined);
    const sapo = sapoOf(html);
    if (!sapo) return { summary: written && (this.cut('summary', written, MAX_TEXT) || undefined), body };
    this.report(written ? 'summary' : 'content_text', SAPO_READ(sapo), 'none');
    return { summary: this.cut('summary', sapo.text, MAX_TEXT), body: body ?? html };
  }

  read(feedLanguage?: string): Article | undefined {
    const { raw } = this;
    const id =
      typeof raw.id === 'number' && Number.isFinite(raw.id)
        ? String(raw.id)
        : typeof raw.id === 'string'
          ? cleanLine(raw.id)
          : '';
    if (id) this.name = id;
    else this.report('id', raw.id === undefined ? 'is required' : 'must be a non-empty string', 'item');
    this.notes.notes?.forEach((n) => this.report(n.field, n.message, n.dropped));

    let title = typeof raw.title === 'string' ? cleanLine(raw.title) : '';
    if (!title) this.report('title', raw.title === undefined ? 'is required' : 'must be a non-empty string', 'item');
    title = this.cut('title', title, MAX_TITLE);

    const published = this.own('date_published', this.date);
    const modified = this.own('date_modified', this.date);
    const url = this.own('url', this.link);
    const contentHtml =
      this.own('content_html', (v, field) => this.cut(field, string(v).normalize('NFC'))) ??
      this.own('content_text', (v, field) => this.cut(field, textToHtml(cleanText(string(v))) ?? '') || undefined);
    const dated = published ?? modified;
    if (!dated) {
      // null is no date, as take() reads it: reported as missing, not passed over in silence.
      const written = this.get('date_published') != null || this.get('date_modified') != null;
      const dateFields = ['date_published', 'date_modified'].map((f) => this.notes.fields?.[f] ?? f);
      const dateProblems = this.problems.filter((p) => p.dropped === 'field' && dateFields.includes(p.field));
      if (this.lenient && (url || contentHtml)) {
        // RSS and Atom items are kept without a date: a reader loses a dateline, not the article.
        const kept = UNDATED_KEPT;
        if (written) dateProblems.forEach((p) => (p.message += `; ${kept}`));
        else this.report('date_published', `is missing; ${kept}`, 'none');
      } else if (this.lenient) {
        // Said in the feed's own terms (pubDate, not date_published), with what would keep the item.
        const other = OTHER_DATE[this.notes.fields?.date_published ?? ''];
        const missing = `is missing${other ? `, and so is ${other}` : ''}`;
        if (written) dateProblems.forEach((p) => ((p.dropped = 'item'), (p.message += `; ${UNDATED_SKIPPED}`)));
        else this.report('date_published', `${missing}; ${UNDATED_SKIPPED}`, 'item');
      } else if (!written) this.report('date_published', 'is required (or date_modified)', 'item');
      else dateProblems.forEach((p) => (p.dropped = 'item'));
    }
    if (!id || !title || !(dated || (this.lenient && (url || contentHtml)))) return undefined;

    let related = this.list('related', this.related, raw.related);
    if (related.includes(id)) {
      this.report('related', 'an item cannot be related to itself');
      related = related.filter((r) => r !== id);
    }
    const article: Article = {
      id,
      title,
      authors: this.list('authors', this.author, raw.authors ?? (raw.author === undefined ? undefined : [raw.author])),
      tags: [...new Set(this.list('tags', line, raw.tags))],
      related,
    };
    if (dated) article.datePublished = dated;
    const { summary, body } = this.summaryAndBody(contentHtml);
    const image = this.own('image', this.image);
    const category = this.own('category', this.category);
    const language = this.own('language', line) ?? feedLanguage;
    if (url) article.url = url;
    if (summary) article.summary = summary;
    if (body) article.contentHtml = body;
    if (image) article.image = image;
    if (published && modified && modified.getTime() !== published.getTime()) article.dateModified = modified;
    if (category) article.category = category;
    if (language) article.language = language;
    const units = [...new Set(this.list('units', line, raw.units))];
    if (units.length) article.units = units;
    if (this.base) article.baseUrl = this.base;
    return mark(article);
  }
}
