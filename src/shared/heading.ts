import { type StaticValue, unsafeStatic } from 'lit/static-html.js';

// The six heading tags, as static values a template can name its tag with. Constants, never
// data: `unsafeStatic` is safe here and smaller in the bundle than `literal`, whose check of its
// arguments this code does not need.
const TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(unsafeStatic);

/** `level` when it is a whole number from `min` to 6, else `fallback`. */
export function validLevel(level: number, min: number, fallback: number): number {
  return Number.isInteger(level) && level >= min && level <= 6 ? level : fallback;
}

/** A real heading element (`<h1>`…`<h6>`) for a level already clamped. */
export function headingTag(level: number): StaticValue {
  return TAGS[level - 1];
}
