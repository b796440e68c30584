// `<party-news-feed ${controlled(args)}>`: every attribute the element declares in
// custom-elements.json, written from the story's args (keyed by property, as the controls table
// keys them: arg-types.ts), and the picked tokens as its inline style (tokens.ts). An attribute
// added to an element's JSDoc is a working control at once, with no story to edit; an arg left
// unset (or emptied in its text box) leaves the attribute out, so the element keeps its default.
import { nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

import manifest from '../../custom-elements.json';
import { tokenStyle } from './tokens.js';

type Attribute = { name: string; fieldName?: string };
type Declaration = { tagName?: string; attributes?: Attribute[] };

const ATTRIBUTES = new Map(
  (manifest as { modules: { declarations?: Declaration[] }[] }).modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName!, d.attributes ?? []]),
);

/** The attribute value an arg stands for; undefined removes the attribute. */
function attributeValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === false || value === '') return undefined;
  return value === true ? '' : String(value);
}

class Controlled extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('controlled() goes where an attribute would: <tag ${…}>');
  }

  // It renders nothing: it only writes on its element, in update().
  render(args: object) {
    void args;
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]) {
    const element = part.element;
    const values = args as Record<string, unknown>;
    for (const { name, fieldName } of ATTRIBUTES.get(element.localName) ?? []) {
      const value = attributeValue(values[fieldName ?? name]);
      if (value === undefined) element.removeAttribute(name);
      else element.setAttribute(name, value);
    }
    const style = tokenStyle(args);
    if (style) element.setAttribute('style', style);
    else element.removeAttribute('style');
    return nothing;
  }
}

/** Writes the element's attributes and picked tokens from the story's args. */
export const controlled = directive(Controlled);
