import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** `level` when it is a whole number from `min` to 6, else `fallback`. */
export function validLevel(level: number, min: number, fallback: number): number {
  return Number.isInteger(level) && level >= min && level <= 6 ? level : fallback;
}

/** A real heading element (`<h1>`…`<h6>`) for a level already clamped. */
export function headingTag(level: number): StaticValue {
  return TAGS[level - 1];
}
