// The guides are written once, as Markdown in docs/ (and the front page, README.md); Storybook's
// Docs pages show those same files through the Markdown block (stories/docs/*.mdx), so the built
// Storybook is the documentation site and nothing is written twice. Links between guides become
// links between Docs pages, and images load from docs/, which Storybook serves at /docs.

/** Each guide's file and the title of the Docs page that shows it (its story id follows from it). */
export const GUIDES = {
  'README.md': 'Guides/Start here',
  'embedding.md': 'Guides/Embedding in a portal',
  'reading.md': 'Guides/What readers get',
  'feed-format.md': 'Guides/The feed format',
  'rss-atom.md': 'Guides/RSS and Atom',
  'cli.md': 'Guides/The party-news command',
  'theming.md': 'Guides/Theming',
  'api.md': 'Guides/API reference',
  'security.md': 'Guides/Security',
  'performance.md': 'Guides/Performance and size',
} as const;

type GuideFile = keyof typeof GUIDES;

/** Storybook's id for a Docs page titled `title` ("Guides/The feed format" → "guides-the-feed-format--docs"). */
const docsId = (title: string) =>
  `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}--docs`;

/**
 * `markdown` (the text of README.md, or of a guide in docs/) with its links and images rewritten
 * for Storybook: a link to a guide opens its Docs page; an image or a link into docs/ loads from
 * Storybook's /docs; a link elsewhere in the repository (a test, CONTRIBUTING.md), which Storybook
 * does not serve, keeps its text and loses its link.
 */
export function forStorybook(markdown: string, from: 'root' | 'docs'): string {
  return markdown.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, image: string, text: string, href: string) => {
    if (/^[a-z]+:|^#/i.test(href)) return whole; // https:, mailto:, or an anchor on this page
    const inDocs = from === 'docs' ? href : href.replace(/^docs\//, '');
    const [file] = inDocs.split('#');
    if (file in GUIDES) return `${image}[${text}](?path=/docs/${docsId(GUIDES[file as GuideFile])})`;
    if (from === 'docs' && !href.startsWith('../')) return `${image}[${text}](docs/${href})`;
    if (from === 'root' && href.startsWith('docs/')) return whole;
    return image ? '' : text;
  });
}
