// Storybook's controls table for each element, as the designer gets it: the rows read from
// custom-elements.json (stories/support/arg-types.ts, installed in .storybook/preview.ts), the
// story module's own argTypes over them, then the choiceControls enhancer. Every row carries its
// control, so Storybook's inference, which gives a JSON editor to whatever it cannot type, never
// adds one: what is checked here is what the table shows.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { StrictArgTypes, StrictInputType } from 'storybook/internal/types';

import { elementArgTypes, type Manifest } from '../stories/support/arg-types.js';
import { choiceControls, literalChoices } from '../stories/support/choice-controls.js';
import { storiesOf, storyModules } from './stories/modules.js';

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const declaration = (tag: string) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;

function attributeTypes(tag: string): Record<string, string | undefined> {
  return Object.fromEntries(declaration(tag).attributes!.map((a) => [a.name, a.type?.text]));
}

/** The only rows a JSON editor belongs on: the elements' data, which no attribute can carry (the feed's units, `sources`, too). */
const DATA = ['article', 'articles', 'related', 'feed', 'sources'];
/** A colour token, by the issue's own words: its name says colour, background or border. */
const COLOUR = /^--pn-.*(color|background|border)/;

const controlType = (row: StrictInputType) =>
  typeof row.control === 'object' && row.control && !row.control.disable ? row.control.type : undefined;

/** An element's table: the manifest's rows, its story module's argTypes merged over them, then the enhancer. */
function tableOf(tag: string): StrictArgTypes {
  const module = storyModules.find(([, m]) => m.default.component === tag)![1];
  const own = (module.default.argTypes ?? {}) as Record<string, Partial<StrictInputType>>;
  const rows = { ...elementArgTypes(manifest, tag) } as Record<string, StrictInputType>;
  for (const [key, argType] of Object.entries(own))
    rows[key] = { ...rows[key], ...argType, name: rows[key]?.name ?? key } as StrictInputType;
  return choiceControls({ argTypes: rows });
}

const TAGS = ['party-news-card', 'party-news-report', 'party-news-related', 'party-news-feed'];

describe('Storybook controls: one row per attribute, the control its type calls for', () => {
  for (const tag of TAGS) {
    describe(tag, () => {
      const shown = () =>
        Object.entries(tableOf(tag)).filter(([, row]) => !row.table?.disable) as [string, StrictInputType][];

      it('has a JSON editor on the data properties only', () => {
        const json = shown()
          .filter(([, row]) => controlType(row) === 'object')
          .map(([key]) => key);
        expect(json.filter((key) => !DATA.includes(key))).to.deep.equal([]);
        expect(json.length, 'the data property keeps its editor').to.be.above(0);
      });

      it('lists each attribute once, keyed by its property, named as the portal writes it', () => {
        // A part may share an attribute's name (the related list's `heading`): it is another row, of its own section.
        const rows = shown().filter(([, row]) => ['attributes', 'properties'].includes(String(row.table?.category)));
        for (const attribute of declaration(tag).attributes!) {
          const its = rows.filter(
            ([key, row]) =>
              row.name === attribute.name || key === attribute.fieldName || row.name === attribute.fieldName,
          );
          expect(
            its.map(([key]) => key),
            attribute.name,
          ).to.deep.equal([attribute.fieldName ?? attribute.name]);
          expect(its[0][1].name, attribute.name).to.equal(attribute.name);
          expect(its[0][1].table?.category).to.equal('attributes');
        }
      });

      it('gives every colour token a colour picker, every other token a box or a choice', () => {
        const tokens = shown().filter(([key]) => key.startsWith('--pn-'));
        expect(tokens.length).to.be.above(15);
        for (const [key, row] of tokens) {
          const expected = key === '--pn-color-scheme' ? 'inline-radio' : COLOUR.test(key) ? 'color' : 'text';
          expect(controlType(row), key).to.equal(expected);
          expect(row.table?.category, key).to.equal('css custom properties');
          expect(['colours', 'type', 'spacing and layout'], key).to.include(row.table?.subcategory);
        }
      });

      it('documents parts, slots and events read only, each in its section', () => {
        const documented = shown().filter(([key]) => /^(part|slot|event):/.test(key));
        expect(documented.length).to.be.above(1);
        for (const [key, row] of documented) {
          expect(row.control, key).to.deep.equal({ disable: true });
          const section = { part: 'css shadow parts', slot: 'slots', event: 'events' }[key.split(':')[0]];
          expect(row.table?.category, key).to.equal(section);
        }
      });

      it('sets a control on every row, and has a row for every arg its stories set', () => {
        const table = tableOf(tag);
        for (const [key, row] of Object.entries(table)) {
          expect(row.control ?? (row.table?.disable && 'hidden'), key).to.not.equal(undefined);
        }
        const module = storyModules.find(([, m]) => m.default.component === tag)![1];
        const args = [module.default.args, ...storiesOf(module).map(([, story]) => story.args)].flatMap((a) =>
          Object.keys(a ?? {}),
        );
        expect(args.filter((arg) => !table[arg])).to.deep.equal([]);
      });
    });
  }

  it('reads literal choices from a type summary, and nothing from a plain type', () => {
    expect(literalChoices("'inline' | 'link' | undefined")).to.deep.equal(['inline', 'link']);
    expect(literalChoices(attributeTypes('party-news-card').layout)).to.deep.equal([
      'vertical',
      'horizontal',
      'compact',
    ]);
    expect(literalChoices(attributeTypes('party-news-feed').open)).to.deep.equal(['inline', 'link']);
    expect(literalChoices(attributeTypes('party-news-feed').src)).to.equal(undefined);
    expect(literalChoices(attributeTypes('party-news-feed')['page-size'])).to.equal(undefined);
  });

  it('gives lang, time zone and the layouts choice controls, and the feed promise none', () => {
    const feed = tableOf('party-news-feed');
    expect(feed.layout.options).to.deep.equal(literalChoices(attributeTypes('party-news-feed').layout));
    expect(feed.lang.options).to.deep.equal(['vi', 'en']);
    expect(feed.timeZone.control).to.deep.equal({ type: 'select' });
    expect(feed.timeZone.options).to.include('Asia/Ho_Chi_Minh');
    expect(feed.src.control).to.deep.equal({ type: 'text' });
    expect(feed.pageSize.control).to.deep.equal({ type: 'number' });
    expect(feed.searchable.control).to.deep.equal({ type: 'boolean' });
    expect(feed.loadComplete.control).to.deep.equal({ disable: true });
    expect(tableOf('party-news-card').layout.control).to.deep.equal({ type: 'inline-radio' });
  });

  it("offers a switch that is also a choice (`boolean | 'units'`) as off, on and each word", () => {
    const field = { kind: 'field', name: 'tabs', attribute: 'tabs', type: { text: "boolean | 'units'" } };
    const rows = elementArgTypes({ modules: [{ declarations: [{ tagName: 'x-tabs', members: [field] }] }] }, 'x-tabs')!;
    expect(rows.tabs.options).to.deep.equal([false, true, 'units']);
    expect(rows.tabs.control).to.deep.equal({ type: 'inline-radio' });
  });

  it('writes every attribute row from its arg: each control changes the element', () => {
    for (const tag of TAGS) {
      const module = storyModules.find(([, m]) => m.default.component === tag)![1];
      const rows = Object.entries(tableOf(tag)).filter(([, row]) => row.table?.category === 'attributes');
      const values: Record<string, unknown> = Object.fromEntries(
        rows.map(([key, row]) => {
          const type = controlType(row);
          return [key, row.options?.[1] ?? (type === 'number' ? 4 : type === 'boolean' ? true : 'Asia/Bangkok')];
        }),
      );
      // Rendered into a detached node: the elements take their attributes without connecting (no fetch).
      const host = document.createElement('div');
      render(module.default.render!({ ...module.default.args, ...values }), host);
      const element = host.querySelector(tag)!;
      for (const [key, row] of rows) {
        const expected = values[key] === true ? '' : String(values[key]);
        expect(element.getAttribute(row.name), `${tag} ${row.name}`).to.equal(expected);
      }
      render(module.default.render!({ ...module.default.args, ...values, [rows[0][0]]: undefined }), host);
      expect(element.hasAttribute(rows[0][1].name), 'an arg unset again removes its attribute').to.equal(false);
    }
  });
});
