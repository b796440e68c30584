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
import { about } from './support/about.js';
import { controlled } from './support/controlled.js';
import { neutralThemeStyle } from './support/themes.js';
import type { TokenArgs } from './support/tokens.js';

type Args = Partial<Pick<PartyNewsCard, 'layout' | 'headingLevel' | 'article' | 'lang' | 'timeZone'>> & TokenArgs;

const [seed, longTitle, noImage, noSummary, noUrl, brokenImage] = toArticles([
  seedItem,
  longTitleItem,
  noImageItem,
  noSummaryItem,
  noUrlItem,
  brokenImageItem,
]);

/** The card with every control applied: attributes as a portal writes them, picked tokens as inline style. */
const card = (args: Args) => html`<party-news-card ${controlled(args)} .article=${args.article}></party-news-card>`;

/** As wide as a grid column, or as a news column for the horizontal layout. */
const width = (args: Args) => (args.layout === 'horizontal' ? '40rem' : '22rem');

const meta: Meta<Args> = {
  title: 'Elements/Card',
  component: 'party-news-card',
  args: { layout: 'vertical', headingLevel: 3, article: seed },
  render: (args) => html`<div style="max-width: ${width(args)}">${card(args)}</div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Vertical: Story = {
  name: 'Thẻ tin dọc',
  parameters: about('Vertical card', 'Photo above, then section, title, date and summary: a news grid’s card.'),
};
export const NeutralTheme: Story = {
  name: 'Thẻ tin, giao diện trung tính',
  parameters: about(
    'Card in the neutral theme',
    'The neutral government theme, its global tokens set on an ancestor (Theming has all three themes).',
  ),
  render: (args) => html`<div style="max-width: 22rem; ${neutralThemeStyle}">${card(args)}</div>`,
};
export const Horizontal: Story = {
  name: 'Thẻ tin ngang',
  args: { layout: 'horizontal' },
  parameters: about('Horizontal card', 'Photo beside the text, for a news column.'),
};
export const Compact: Story = {
  name: 'Thẻ tin gọn',
  args: { layout: 'compact' },
  parameters: about('Compact card', 'Title and date only, for a sidebar list.'),
};
export const WithoutImage: Story = {
  name: 'Tin không có ảnh',
  args: { article: noImage },
  parameters: about('Article without a photo', 'No empty frame: the text takes the whole card.'),
};
export const BrokenImage: Story = {
  name: 'Ảnh không tải được',
  args: { article: brokenImage },
  parameters: about(
    'Photo that fails to load',
    'The thumbnail answers 404: the frame keeps its quiet placeholder colour, never the browser’s broken-image glyph.',
  ),
};
export const VeryLongTitle: Story = {
  name: 'Tiêu đề rất dài',
  args: { article: longTitle },
  parameters: about(
    'Very long headline',
    'An eighty-word report title, as Party-organisation portals write them, shown whole.',
  ),
};
export const MissingSummary: Story = {
  name: 'Tin không có tóm tắt',
  args: { article: noSummary },
  parameters: about('Article without a summary', 'Section, title and date; no empty line where the summary would be.'),
};
export const Undated: Story = {
  name: 'Tin không ghi ngày',
  args: { article: undatedArticle },
  parameters: about('Undated article', 'An RSS item that came without a date: no dateline, nothing invented.'),
};
export const WithoutUrl: Story = {
  name: 'Tin không có đường dẫn',
  args: { article: noUrl },
  parameters: about(
    'Article without a link',
    'Its title is a button that fires `party-news-select` (a feed then opens the report in place), never a dead link.',
  ),
};
export const ClampedTitle: Story = {
  name: 'Tiêu đề rút gọn ba dòng',
  args: { article: longTitle, '--pn-card-title-lines': '3' },
  parameters: about(
    'Headline clamped to three lines',
    'For even grid rows, `--pn-card-title-lines: 3`; the link, and so a screen reader, keeps the whole title.',
  ),
};
