import '../src/related/define.js';

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import { manyRelatedItems, noUrlItem, relatedItems, toArticles } from '../fixtures/samples.js';
import type { PartyNewsRelated } from '../src/related/related.js';
import { about } from './support/about.js';
import { controlled } from './support/controlled.js';
import type { TokenArgs } from './support/tokens.js';

type Args = Partial<Pick<PartyNewsRelated, 'articles' | 'heading' | 'max' | 'headingLevel' | 'lang' | 'timeZone'>> &
  TokenArgs;

const meta: Meta<Args> = {
  title: 'Elements/Related',
  component: 'party-news-related',
  args: { articles: toArticles(relatedItems) },
  render: (args) =>
    html`<party-news-related ${controlled(args)} .articles=${args.articles ?? []}></party-news-related>`,
};
export default meta;
type Story = StoryObj<Args>;

export const ThreeItems: Story = {
  name: 'Tin liên quan',
  parameters: about(
    'Related news',
    'The three articles the reference report names, under "Tin liên quan", in the order given.',
  ),
};
export const NoItems: Story = {
  name: 'Không có tin liên quan',
  args: { articles: [] },
  parameters: about('Nothing related', 'The element renders nothing at all: no heading over an empty list.'),
};
export const OneItem: Story = {
  name: 'Một tin liên quan',
  args: { articles: toArticles(relatedItems.slice(0, 1)) },
  parameters: about('One related article', 'A list of one, with its heading.'),
};
export const ManyItems: Story = {
  name: 'Nhiều tin liên quan',
  args: { articles: toArticles(manyRelatedItems) },
  parameters: about('Many related articles', 'Eight articles, all shown.'),
};
export const ManyItemsWithMax: Story = {
  name: 'Giới hạn năm tin',
  args: { articles: toArticles(manyRelatedItems), max: 5 },
  parameters: about('At most five', 'Eight articles with `max="5"`: the first five.'),
};
export const CustomHeading: Story = {
  name: 'Tiêu đề riêng',
  args: { heading: 'Cùng chuyên mục' },
  parameters: about('A heading of the portal’s own', '`heading="Cùng chuyên mục"` in place of "Tin liên quan".'),
};
export const ItemWithoutUrl: Story = {
  name: 'Tin không có đường dẫn',
  args: { articles: toArticles([...relatedItems.slice(0, 1), noUrlItem]) },
  parameters: about(
    'Item without a link',
    'A button that announces the choice (a feed then opens it in place), never a dead link.',
  ),
};
