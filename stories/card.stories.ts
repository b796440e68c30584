import '../src/card/define.js';

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import {
  brokenImageItem,
  longTitleItem,
  noImageItem,
  noSummaryItem,
  noUrlItem,
  seedItem,
  toArticles,
  undatedArticle,
} from '../fixtures/samples.js';
import type { PartyNewsCard } from '../src/card/card.js';
import { neutralThemeStyle } from './support/neutral-theme.js';

type Args = Pick<PartyNewsCard, 'layout' | 'headingLevel' | 'article'>;

const [seed, longTitle, noImage, noSummary, noUrl, brokenImage] = toArticles([
  seedItem,
  longTitleItem,
  noImageItem,
  noSummaryItem,
  noUrlItem,
  brokenImageItem,
]);

const meta: Meta<Args> = {
  title: 'Elements/Card',
  component: 'party-news-card',
  args: { layout: 'vertical', headingLevel: 3, article: seed },
  render: ({ layout, headingLevel, article }) =>
    html`<div style="max-width: ${layout === 'vertical' ? '22rem' : '40rem'}">
      <party-news-card layout=${layout} heading-level=${headingLevel} .article=${article}></party-news-card>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Vertical: Story = {};
/** The neutral government theme, set with the global tokens on an ancestor (see Docs › Theming). */
export const NeutralTheme: Story = {
  render: ({ layout, headingLevel, article }) =>
    html`<div style="max-width: 22rem; ${neutralThemeStyle}">
      <party-news-card layout=${layout} heading-level=${headingLevel} .article=${article}></party-news-card>
    </div>`,
};
export const Horizontal: Story = { args: { layout: 'horizontal' } };
export const Compact: Story = { args: { layout: 'compact' } };
export const WithoutImage: Story = { args: { article: noImage } };
/** The thumbnail answers 404: the frame keeps its quiet placeholder colour, never the browser's broken-image glyph. */
export const BrokenImage: Story = { args: { article: brokenImage } };
export const VeryLongTitle: Story = { args: { article: longTitle } };
export const MissingSummary: Story = { args: { article: noSummary } };
/** An article without a URL: its title is a button that fires `party-news-select`. */
/** An RSS item that came without a date: no dateline, nothing invented. */
export const Undated: Story = { args: { article: undatedArticle } };
export const WithoutUrl: Story = { args: { article: noUrl } };
/** A portal that wants even grid rows clamps headlines with `--pn-card-title-lines` (here 3); the link keeps the whole title. */
export const ClampedTitle: Story = {
  args: { article: longTitle },
  render: ({ layout, headingLevel, article }) =>
    html`<div style="max-width: 22rem; --pn-card-title-lines: 3">
      <party-news-card layout=${layout} heading-level=${headingLevel} .article=${article}></party-news-card>
    </div>`,
};
