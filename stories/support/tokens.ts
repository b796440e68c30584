// The CSS custom properties as a designer uses them in Storybook: a colour picker for every colour,
// text for lengths and font stacks, grouped by purpose, and applied live. A story's render writes
// the picked values as the element's inline style (tokenStyle); a token nobody picked is never
// written, so the element keeps its own default, a light-dark() pair the picker could not hold.
//
// Everything is read from custom-elements.json, so a token added to an element's JSDoc gets its
// control with no change here.
import type { InputType } from 'storybook/internal/types';

import manifest from '../../custom-elements.json';

export type CssProperty = { name: string; default?: string; description?: string };
export type ManifestDeclaration = {
  tagName?: string;
  cssProperties?: CssProperty[];
};
export type Manifest = { modules: { declarations?: ManifestDeclaration[] }[] };

/** Token args: the value a designer picked for each token, by its name (`--pn-color-accent`). */
export type TokenArgs = { [token: `--pn-${string}`]: string | undefined };

/** The key of a colour token's dark-scheme value in the theming playground (`--pn-color-accent--dark`). */
export const DARK = '--dark';

export type TokenGroup = 'colours' | 'type' | 'spacing and layout';

/** Every element's tokens, the global ones once, in manifest order. */
export function allTokens(source: Manifest = manifest as Manifest): CssProperty[] {
  const byName = new Map<string, CssProperty>();
  for (const declaration of source.modules.flatMap((m) => m.declarations ?? [])) {
    for (const token of declaration.cssProperties ?? []) if (!byName.has(token.name)) byName.set(token.name, token);
  }
  return [...byName.values()];
}

const DEFAULTS = new Map(allTokens().map((token) => [token.name, token.default ?? '']));

/** A colour token: its name says colour, background or border (`--pn-color-scheme` is a scheme, not a colour). */
export const isColourToken = (name: string): boolean =>
  /color|background|border/.test(name) && name !== '--pn-color-scheme';

export function tokenGroup(name: string): TokenGroup {
  if (isColourToken(name) || name === '--pn-color-scheme') return 'colours';
  if (/font|line-height|title|summary|body-size/.test(name)) return 'type';
  return 'spacing and layout';
}

/**
 * The light and dark colours a default comes to: `light-dark(a, b)`, or the token its `var()`
 * names, followed to the end. A designer sees both as swatches beside the picker.
 */
export function defaultColours(name: string, seen = new Set<string>()): [string, string] | undefined {
  const value = DEFAULTS.get(name)?.trim() ?? '';
  const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  if (pair) return [pair[1], pair[2]];
  const ref = /var\((--[\w-]+)\)$/.exec(value);
  if (ref && !seen.has(ref[1])) return defaultColours(ref[1], seen.add(name));
  // A plain colour (`#fff`) is both; anything else (a length, a font) is none.
  return isColourToken(name) && /^(#[\da-f]+|[a-z]+)$/i.test(value) ? [value, value] : undefined;
}

/**
 * What stands before the colour in a shorthand default: `1px solid ` for `--pn-card-border`
 * (`1px solid var(--pn-color-border)`). A picked colour is written after it, so the picker
 * changes the border's colour and keeps the border.
 */
export function shorthandPrefix(name: string): string {
  return /^(.+\s)var\(--[\w-]+\)$/.exec(DEFAULTS.get(name)?.trim() ?? '')?.[1] ?? '';
}

/** The control a token calls for. */
export function tokenControl(name: string): Pick<InputType, 'control' | 'options'> {
  if (name === '--pn-color-scheme') return { control: { type: 'inline-radio' }, options: ['light', 'dark'] };
  if (!isColourToken(name)) return { control: { type: 'text' } };
  const colours = defaultColours(name);
  const presetColors = colours && [
    { color: colours[0], title: 'Mặc định, nền sáng (default, light)' },
    { color: colours[1], title: 'Mặc định, nền tối (default, dark)' },
  ];
  return { control: { type: 'color', ...(presetColors && { presetColors }) } };
}

const picked = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The declarations the picked values make, for a style attribute or a stylesheet. A colour picked
 * for dark too (the playground's `…--dark` controls) becomes `light-dark(light, dark)`, its other
 * side the default; a colour picked alone applies in both schemes, as it would in a portal's CSS.
 */
export function tokenDeclarations(args: object): [string, string][] {
  const values = args as Record<string, unknown>;
  const names = new Set(
    Object.keys(values)
      .filter((key) => key.startsWith('--pn-') && picked(values[key]))
      .map((key) => (key.endsWith(DARK) ? key.slice(0, -DARK.length) : key)),
  );
  return [...names].map((name) => {
    const light = values[name];
    const dark = values[name + DARK];
    // Only colour tokens have a dark control; without it, the name is here because light was picked.
    const colour = picked(dark)
      ? `light-dark(${picked(light) ? light : (defaultColours(name)?.[0] ?? 'CanvasText')}, ${dark})`
      : String(light);
    const prefix = shorthandPrefix(name);
    // A whole border typed into the box ("2px dashed red") is written as typed.
    return [name, prefix && CSS.supports('color', colour) ? prefix + colour : colour];
  });
}

/** The picked tokens as a `style` attribute value; empty when nothing was picked. */
export const tokenStyle = (args: object): string =>
  tokenDeclarations(args)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
