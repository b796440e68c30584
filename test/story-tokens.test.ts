// The token controls apply live: a picked value is written on the element (or the playground's
// columns) and changes the look; a token nobody picked is never written, so the element keeps its
// light-dark() default. The ready themes are valid CSS a portal can copy.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

import cardMeta from '../stories/card.stories.js';
import { themeCss, THEMES } from '../stories/support/themes.js';
import { isColourToken } from '../stories/support/tokens.js';
import { Playground, ReadyThemes } from '../stories/theming.stories.js';

const deep = (node: ParentNode): Element[] =>
  [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);

/** Renders a story's template and waits until every element in it has rendered, feeds loaded. */
async function show(template: TemplateResult, scheme = 'light'): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(html`<div style="color-scheme: ${scheme}">${template}</div>`);
  await Promise.all(
    deep(wrap).map((el) => (el as Partial<{ loadComplete: Promise<unknown> }>).loadComplete?.catch(() => undefined)),
  );
  await Promise.all(deep(wrap).map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  return wrap;
}

const part = (root: ParentNode, name: string) => deep(root).find((el) => el.matches(`[part~="${name}"]`))!;
const renderCard = (args: object) =>
  cardMeta.render!({ ...cardMeta.args, ...args } as never, {} as never) as TemplateResult;

describe('token controls', () => {
  it('writes nothing until a token is picked: the card keeps its default Party red', async () => {
    const wrap = await show(renderCard({}));
    expect(wrap.querySelector('party-news-card')!.hasAttribute('style')).to.equal(false);
    expect(getComputedStyle(part(wrap, 'category')).color).to.equal('rgb(165, 14, 21)');
  });

  it('applies a picked colour, length and count to the card at once', async () => {
    const wrap = await show(
      renderCard({ '--pn-color-accent': '#123456', '--pn-radius': '0px', '--pn-card-summary-lines': '1' }),
    );
    expect(getComputedStyle(part(wrap, 'category')).color).to.equal('rgb(18, 52, 86)');
    expect(getComputedStyle(part(wrap, 'base')).borderTopLeftRadius).to.equal('0px');
    const summary = part(wrap, 'summary');
    expect(summary.scrollHeight, 'one line shown, the rest clipped').to.be.above(summary.clientHeight);
  });

  it('keeps the card border a border when its colour is picked', async () => {
    const wrap = await show(renderCard({ '--pn-card-border': '#00ff00' }));
    const base = getComputedStyle(part(wrap, 'base'));
    expect([base.borderTopStyle, base.borderTopWidth, base.borderTopColor]).to.deep.equal([
      'solid',
      '1px',
      'rgb(0, 255, 0)',
    ]);
  });

  it('shows the playground light and dark side by side, a dark pick only in the dark column', async () => {
    const args = { '--pn-color-accent': '#123456', '--pn-color-accent--dark': '#abcdef' };
    const wrap = await show(Playground.render!(args as never, {} as never) as TemplateResult);
    const [light, dark] = wrap.querySelectorAll('section');
    expect(getComputedStyle(part(light, 'category')).color).to.equal('rgb(18, 52, 86)');
    expect(getComputedStyle(part(dark, 'category')).color).to.equal('rgb(171, 205, 239)');
    expect(wrap.querySelector('pre')!.textContent).to.include('--pn-color-accent: light-dark(#123456, #abcdef);');
  });

  it('applies a colour picked alone in both columns, as the same CSS would on a portal', async () => {
    const wrap = await show(
      Playground.render!({ '--pn-color-heading': '#224466' } as never, {} as never) as TemplateResult,
    );
    const [light, dark] = wrap.querySelectorAll('section');
    for (const column of [light, dark])
      expect(getComputedStyle(part(column, 'title')).color).to.equal('rgb(34, 68, 102)');
    expect(wrap.querySelector('pre')!.textContent).to.include('--pn-color-heading: #224466;');
  });

  it('shows the three ready themes side by side, each with the CSS that makes it', async () => {
    const wrap = await show(ReadyThemes.render!({} as never, {} as never) as TemplateResult);
    const columns = [...wrap.querySelectorAll('section')];
    expect(columns.map((c) => c.getAttribute('aria-label'))).to.deep.equal(
      Object.values(THEMES).map((t) => `${t.vi} · ${t.en}`),
    );
    const accents = columns.map((c) => getComputedStyle(part(c, 'category')).color);
    expect(new Set(accents).size, 'three different accents').to.equal(3);
    for (const [i, theme] of Object.values(THEMES).entries()) {
      expect(columns[i].querySelector('pre')!.textContent).to.equal(themeCss(theme.tokens));
    }
  });

  it('writes every ready theme in valid CSS: light-dark() pairs for colours', () => {
    for (const theme of Object.values(THEMES)) {
      for (const [name, value] of Object.entries(theme.tokens)) {
        if (isColourToken(name)) expect(CSS.supports('color', value), `${name}: ${value}`).to.equal(true);
        expect(value, name).to.not.match(/;|\n/);
        if (isColourToken(name)) expect(value, name).to.match(/^light-dark\(/);
      }
    }
  });
});
