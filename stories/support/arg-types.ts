// The controls table of each element, read from custom-elements.json (preview.ts installs this as
// `parameters.docs.extractArgTypes`). Storybook's own reading keys every row by its bare name, so an
// attribute and its property (`heading-level`, `headingLevel`) made two rows, a part named like a
// property (the report's `related`) took its row, and whatever it could not type (tokens, parts,
// events, `string | undefined`) got a JSON editor. Here:
// - one row per attribute, keyed by its property (the arg a story's render reads), named as the
//   attribute is written, with the control its type calls for;
// - a JSON editor only for the data properties (article, related, feed…), which have no attribute;
// - tokens with colour pickers and text boxes, grouped by purpose (tokens.ts);
// - parts, slots and events documented, read only, under keys of their own.
import type { InputType, SBType, StrictArgTypes, StrictInputType } from 'storybook/internal/types';

import { literalChoices } from './choice-controls.js';
import { type CssProperty, DARK, isColourToken, tokenControl, tokenGroup } from './tokens.js';

type Typed = { name: string; description?: string; type?: { text: string }; default?: string };
type Field = Typed & { kind: string; attribute?: string; readonly?: boolean; static?: boolean; privacy?: string };
export type Declaration = {
  tagName?: string;
  members?: Field[];
  attributes?: (Typed & { fieldName?: string })[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: CssProperty[];
};
export type Manifest = { modules: { declarations?: Declaration[] }[] };

/** Rows that document and do not edit: Storybook then shows "-" in the control column. */
export const READ_ONLY = { disable: true } as const;

/** The table's sections, in the order a designer reads them. */
export const CATEGORIES = {
  attributes: 'attributes',
  tokens: 'css custom properties',
  properties: 'properties',
  parts: 'css shadow parts',
  slots: 'slots',
  events: 'events',
} as const;

function valueType(text = ''): SBType {
  const plain = text.replace(/\s*\|\s*undefined\b/g, '').trim();
  if (plain === 'string' || plain === 'number' || plain === 'boolean') return { name: plain };
  const choices = literalChoices(text);
  if (choices) return { name: 'enum', value: choices };
  return { name: 'other', value: plain };
}

/** A switch that is also a choice, `boolean | 'units'` (the feed's `tabs`): off, on, or each word. */
function switchChoices(text = ''): (boolean | string)[] | undefined {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const words = parts.filter((part) => part !== 'boolean');
  if (!words.length || words.length === parts.length || !words.every((word) => /^'[^']*'$/.test(word)))
    return undefined;
  return [false, true, ...words.map((word) => word.slice(1, -1))];
}

/** The control a property's type calls for; anything that is not text, a number, a switch or a choice is data. */
function valueControl(field: Field, type: SBType): Pick<InputType, 'control' | 'options'> {
  if (field.readonly || field.type?.text.startsWith('Promise<')) return { control: READ_ONLY };
  const switches = switchChoices(field.type?.text);
  if (switches) return { control: { type: 'inline-radio' }, options: switches };
  if (type.name === 'enum') {
    return { control: { type: type.value.length > 3 ? 'select' : 'inline-radio' }, options: type.value };
  }
  if (type.name === 'string') return { control: { type: 'text' } };
  if (type.name === 'number') return { control: { type: 'number' } };
  if (type.name === 'boolean') return { control: { type: 'boolean' } };
  return { control: { type: 'object' } };
}

const summary = (text?: string) => (text === undefined ? undefined : { summary: text });

function fieldRow(field: Field): StrictInputType {
  const type = valueType(field.type?.text);
  const attribute = field.attribute;
  return {
    name: attribute ?? field.name,
    description: [field.description, attribute && attribute !== field.name && `Property \`${field.name}\`.`]
      .filter(Boolean)
      .join('\n\n'),
    type,
    ...valueControl(field, type),
    table: {
      category: attribute ? CATEGORIES.attributes : CATEGORIES.properties,
      type: summary(field.type?.text),
      defaultValue: summary(field.default),
    },
  };
}

function readOnlyRow(item: Typed, category: string, name = item.name): StrictInputType {
  return {
    name,
    description: item.description,
    type: { name: 'other', value: 'void' },
    control: READ_ONLY,
    table: { category, type: summary(item.type?.text) },
  };
}

function tokenRow(token: CssProperty, name = token.name, description = token.description): StrictInputType {
  return {
    name,
    description,
    type: { name: 'string' },
    ...tokenControl(token.name),
    table: {
      category: CATEGORIES.tokens,
      subcategory: tokenGroup(token.name),
      // What the box takes, in CSS's words; the default beside it shows the form.
      type: {
        summary: isColourToken(token.name)
          ? '<color>'
          : token.name === '--pn-color-scheme'
            ? 'light | dark'
            : 'CSS value',
      },
      defaultValue: summary(token.default),
    },
  };
}

const GROUPS = ['colours', 'type', 'spacing and layout'];
/** Tokens in the table's order: colours, type, then spacing and layout; manifest order within each. */
const byGroup = (tokens: CssProperty[]) =>
  [...tokens].sort((a, b) => GROUPS.indexOf(tokenGroup(a.name)) - GROUPS.indexOf(tokenGroup(b.name)));

/**
 * The theming playground's rows: every token, and for each colour a second picker for the dark
 * scheme right under it (`--pn-color-accent--dark`), so light and dark can be tuned side by side.
 */
export function playgroundArgTypes(tokens: CssProperty[]): StrictArgTypes {
  return Object.fromEntries(
    byGroup(tokens).flatMap((token) => {
      const row: [string, StrictInputType] = [token.name, tokenRow(token)];
      if (!isColourToken(token.name)) return [row];
      const dark = tokenRow(
        token,
        `${token.name} (dark)`,
        `Dark scheme only: picked, \`${token.name}\` becomes \`light-dark(light, dark)\`.`,
      );
      return [row, [token.name + DARK, dark]];
    }),
  );
}

/** The controls table of the element `tag`, or undefined when the manifest has no such element. */
export function elementArgTypes(manifest: Manifest, tag: string): StrictArgTypes | undefined {
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!element) return undefined;
  const fields = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );
  const row = (f: Field): [string, StrictInputType] => [f.name, fieldRow(f)];
  const rows: [string, StrictInputType][] = [
    // What a portal writes in its HTML, then what a designer tunes, then the data, then the documentation.
    ...fields.filter((f) => f.attribute).map(row),
    ...byGroup(element.cssProperties ?? []).map((t): [string, StrictInputType] => [t.name, tokenRow(t)]),
    ...fields.filter((f) => !f.attribute).map(row),
    ...(element.cssParts ?? []).map((p): [string, StrictInputType] => [
      `part:${p.name}`,
      readOnlyRow(p, CATEGORIES.parts),
    ]),
    ...(element.slots ?? []).map((s): [string, StrictInputType] => [
      `slot:${s.name}`,
      readOnlyRow(s, CATEGORIES.slots, s.name || '(default)'),
    ]),
    ...(element.events ?? []).map((e): [string, StrictInputType] => [
      `event:${e.name}`,
      readOnlyRow(e, CATEGORIES.events),
    ]),
  ];
  return Object.fromEntries(rows);
}
