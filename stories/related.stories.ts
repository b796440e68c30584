import '../src/related/define.js';

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import { manyRelatedItems, noUrlItem, relatedItems, toArticles } from '../fixtures/samples.js';
import type { PartyNewsRelated } from '../src/related/related.js';

type Args = Pick<PartyNewsRelated, 'articles' | 'heading' | 'max'>;

const meta: Meta<Args> = {
  title: 'Elements/Related',
  component: 'party-news-related',
  args: { articles: toArticles(relatedItems) },
  render: ({ articles, heading, max }) =>
    html`<party-news-related .articles=${articles} heading=${heading ?? ''} .max=${max}></party-news-related>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing related: the element renders nothing at all. */
export const NoItems: Story = { args: { articles: [] } };
export const OneItem: Story = { args: { articles: toArticles(relatedItems.slice(0, 1)) } };
export const ManyItems: Story = { args: { articles: toArticles(manyRelatedItems) } };
export const ManyItemsWithMax: Story = { args: { articles: toArticles(manyRelatedItems), max: 5 } };
export const CustomHeading: Story = { args: { heading: 'Cùng chuyên mục' } };

/** An item with no URL: a button that announces the choice (a feed then opens it in place), never a dead link. */
export const ItemWithoutUrl: Story = { args: { articles: toArticles([...relatedItems.slice(0, 1), noUrlItem]) } };
