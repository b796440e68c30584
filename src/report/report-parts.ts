// The report's CSS part names, written once. The report's templates carry them; its related list's
// parts are exported from it under `related-` names; a feed re-exports all of them for the report
// it opens in place (as `report-<name>`). The JSDoc @csspart lists behind the README are held to
// these names by scripts/report-parts.test.mjs, the templates by test/elements/report-part-names.test.ts.

/** The report's own parts, from top to bottom. */
export const REPORT_PARTS = [
  'base',
  'breadcrumb',
  'title',
  'meta',
  'tools',
  'summary',
  'lead',
  'caption',
  'body',
  'byline',
  'tags',
  'share',
  'source',
  'viewer',
  'related',
] as const;

/** The parts of the report's `<party-news-related>`, which the report exports as `related-<name>`. */
export const RELATED_PARTS = ['heading', 'list', 'item', 'link', 'meta'] as const;

/** The report's `exportparts` for its related list: `heading:related-heading,…`. */
export const RELATED_EXPORTPARTS = RELATED_PARTS.map((part) => `${part}:related-${part}`).join();
