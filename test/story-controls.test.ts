// Storybook's controls for attributes typed as a set of choices are choices, read from the same
// custom-elements.json that Storybook reads.
import { expect } from '@open-wc/testing';
import type { StrictArgTypes } from 'storybook/internal/types';

import { choiceControls, literalChoices } from '../stories/support/choice-controls.js';

type Manifest = {
  modules: { declarations?: { tagName?: string; attributes?: { name: string; type?: { text: string } }[] }[] }[];
};

async function attributeTypes(tag: string): Promise<Record<string, string | undefined>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;
  return Object.fromEntries(element.attributes!.map((a) => [a.name, a.type?.text]));
}

describe('Storybook choice controls', () => {
  it('reads the choices of the feed and card layouts and the feed open mode from the manifest', async () => {
    const feed = await attributeTypes('party-news-feed');
    expect(literalChoices(feed.layout)).to.deep.equal(['grid', 'list', 'compact']);
    expect(literalChoices(feed.open)).to.deep.equal(['inline', 'link']);
    expect(literalChoices((await attributeTypes('party-news-card')).layout)).to.deep.equal([
      'vertical',
      'horizontal',
      'compact',
    ]);
    expect(literalChoices(feed.src)).to.equal(undefined);
    expect(literalChoices(feed['page-size'])).to.equal(undefined);
  });

  it('gives lang, time zone and layouts choice controls, and leaves the rest alone', () => {
    const argTypes = {
      layout: { name: 'layout', table: { type: { summary: "'grid' | 'list' | 'compact'" } } },
      lang: { name: 'lang', table: { type: { summary: 'string' } } },
      timeZone: { name: 'timeZone', table: { type: { summary: 'string | undefined' } } },
      src: { name: 'src', table: { type: { summary: 'string | undefined' } } },
      loadComplete: { name: 'loadComplete', table: { type: { summary: 'Promise<Article[]>' } } },
    } as unknown as StrictArgTypes;
    const enhanced = choiceControls({ argTypes });
    expect(enhanced.layout.options).to.deep.equal(['grid', 'list', 'compact']);
    expect(enhanced.layout.control).to.deep.equal({ type: 'inline-radio' });
    expect(enhanced.lang.options).to.deep.equal(['vi', 'en']);
    expect(enhanced.timeZone.control).to.deep.equal({ type: 'select' });
    expect(enhanced.timeZone.options).to.include('Asia/Ho_Chi_Minh');
    expect(enhanced.src).to.equal(argTypes.src);
    expect(enhanced.loadComplete.control).to.equal(false);
  });
});
