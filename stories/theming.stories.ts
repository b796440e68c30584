// Theming for designers: a playground where every token is a live control, shown light and dark
// side by side, and three ready themes (support/themes.ts) with the CSS a portal copies.
import '../src/feed/define.js';
import '../src/related/define.js';
import '../src/report/define.js';

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';

import { relatedItems, seedFeedJson, toArticles } from '../fixtures/samples.js';
import { about } from './support/about.js';
import { playgroundArgTypes } from './support/arg-types.js';
import {
  GOVERNMENT_BLUE_THEME,
  NEUTRAL_THEME,
  PARTY_GOLD_THEME,
  type Theme,
  THEME_SELECTOR,
  themeCss,
  THEMES,
  themeStyle,
} from './support/themes.js';
import { allTokens, type TokenArgs, tokenDeclarations, tokenStyle } from './support/tokens.js';

type Args = TokenArgs;

// A short article with a captioned photo, so the report's caption tokens show without a long page.
const [captioned, ...others] = toArticles([
  {
    ...relatedItems[0],
    id: 'theming-article',
    image: { ...(relatedItems[0].image as object), caption: 'Hội trường học tập, quán triệt Nghị quyết' },
  },
  ...relatedItems.slice(1),
]);

/** What a designer tunes: cards and their "Xem thêm" button, a report with its caption and related list. */
const preview = () => html`<div style="display: grid; gap: 2rem">
  <party-news-feed route="none" page-size="2" .feed=${seedFeedJson}></party-news-feed>
  <party-news-report heading-level="2" .article=${captioned} .related=${others}></party-news-report>
</div>`;

const column = (label: string, style: string, content: TemplateResult, lang?: string) =>
  html`<section class="theming-column" aria-label=${label} lang=${lang ?? nothing} style=${style}>
    <p style="margin: 0 0 0.75rem; font: 600 0.875rem system-ui, sans-serif">${label}</p>
    ${content}
  </section>`;

const columns = (content: TemplateResult[]) =>
  html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr))">
    ${content}
  </div>`;

/** Each column paints the canvas of its scheme, as the portal page under the elements would. */
const canvas = (scheme: 'light' | 'dark' | 'inherit') =>
  `color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 1rem; border-radius: 8px; border: 1px solid GrayText;`;

const cssBlock = (css: string) =>
  html`<pre
    style="margin: 1rem 0 0; padding: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; background: Canvas; color: CanvasText; border: 1px solid GrayText; font-size: 0.8125rem"
  ><code>${css}</code></pre>`;

/** The picks as the CSS a portal writes: what the playground shows and its "Show code" gives. */
const picksCss = (args: Args) => {
  const picks = tokenDeclarations(args);
  return picks.length
    ? `${THEME_SELECTOR} {\n${picks.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`
    : '/* Chưa chỉnh token nào: chọn màu, cỡ chữ, khoảng cách trong bảng Controls. */\n/* Nothing picked yet: pick colours, sizes and spacing in the Controls table. */';
};

const meta: Meta<Args> = {
  title: 'Theming',
  argTypes: playgroundArgTypes(allTokens()),
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {
  name: 'Tự chỉnh giao diện',
  parameters: {
    docs: {
      ...about(
        'Theming playground',
        'Every token is a control, applied live in light and dark side by side; a colour picked alone applies to both, its “(dark)” picker makes a pair; the CSS follows.',
      ).docs,
      source: { language: 'css', transform: (_code: string, { args }: { args: Args }) => picksCss(args) },
    },
  },
  render: (args) =>
    // The dark column speaks English: two reports side by side would otherwise have landmarks of the
    // same name (their breadcrumbs, their related lists), which a screen reader cannot tell apart.
    html`${columns([
      column('Nền sáng · Light', canvas('light') + tokenStyle(args), preview(), 'vi'),
      column('Nền tối · Dark (English)', canvas('dark') + tokenStyle(args), preview(), 'en'),
    ])}
    ${cssBlock(picksCss(args))}`,
};

const themed = (theme: Theme, args: Args) => `${themeStyle(theme)} ${tokenStyle(args)}`;

export const ReadyThemes: Story = {
  name: 'Ba giao diện có sẵn',
  parameters: {
    docs: {
      ...about(
        'Three ready themes',
        'A Party portal in red and gold, a government portal in blue and a neutral one, side by side, each with the CSS to copy.',
      ).docs,
      source: {
        language: 'css',
        code: Object.values(THEMES)
          .map((theme) => `/* ${theme.vi} · ${theme.en} */\n${themeCss(theme.tokens)}`)
          .join('\n\n'),
      },
    },
  },
  render: (args) =>
    columns(
      Object.values(THEMES).map((theme) =>
        column(
          `${theme.vi} · ${theme.en}`,
          canvas('inherit') + themed(theme.tokens, args),
          html`<party-news-feed route="none" page-size="2" .feed=${seedFeedJson}></party-news-feed>
            ${cssBlock(themeCss(theme.tokens))}`,
        ),
      ),
    ),
};

/** One ready theme on a feed of three cards and a related list; "Show code" gives its CSS. */
const oneTheme = (theme: Theme, english: string, state: string): Story => ({
  parameters: { docs: { ...about(english, state).docs, source: { language: 'css', code: themeCss(theme) } } },
  render: (args) =>
    html`<div style=${themed(theme, args)}>
      <party-news-feed route="none" page-size="3" .feed=${seedFeedJson}></party-news-feed>
      <party-news-related .articles=${others}></party-news-related>
    </div>`,
});

// Each name is written in the export itself (as in THEMES), where Storybook's indexer reads it for the sidebar.
export const PartyGold: Story = {
  name: 'Cổng Đảng: đỏ và vàng',
  ...oneTheme(
    PARTY_GOLD_THEME,
    THEMES['party-gold'].en,
    'Party red with the gold of the star in rules, markers and highlights, warm surfaces, serif headings; its CSS in “Show code”.',
  ),
};
export const GovernmentBlue: Story = {
  name: 'Cổng chính quyền: xanh',
  ...oneTheme(
    GOVERNMENT_BLUE_THEME,
    THEMES.government.en,
    'The deep blue of provincial people’s committee portals, cool surfaces; its CSS in “Show code”.',
  ),
};
export const Neutral: Story = {
  name: 'Trung tính',
  ...oneTheme(
    NEUTRAL_THEME,
    THEMES.neutral.en,
    'Blue-grey, square corners, for portals whose identity is not red; its CSS in “Show code”.',
  ),
};
