// Storybook infers a JSON box for a property typed as a union of string literals ('grid' | 'list'
// | 'compact'): a designer should pick from the choices instead. The union is read from the type
// custom-elements.json gives each attribute; lang and time-zone, plain strings in the code, get the
// values party-news speaks and a few zones worth comparing. A promise, read only, gets no control.
import type { StrictArgTypes, StrictInputType } from 'storybook/internal/types';

const LITERAL_UNION = /^'[^']*'(\s*\|\s*'[^']*')*$/;
const ZONES = ['Asia/Ho_Chi_Minh', 'UTC', 'Asia/Bangkok', 'Europe/Berlin', 'America/New_York'];
const KNOWN: Record<string, string[]> = { lang: ['vi', 'en'], timeZone: ZONES, 'time-zone': ZONES };

/** The literal choices of a type summary such as "'inline' | 'link' | undefined", if it is one. */
export function literalChoices(summary: string | undefined): string[] | undefined {
  const union = summary?.replace(/\s*\|\s*undefined\b/g, '').trim();
  if (!union || !LITERAL_UNION.test(union)) return undefined;
  return union.split('|').map((choice) => choice.trim().slice(1, -1));
}

/** An argTypes enhancer (preview.ts): choice controls where the type is a set of choices. */
export function choiceControls({ argTypes }: { argTypes: StrictArgTypes }): StrictArgTypes {
  const enhanced: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(argTypes) as [string, StrictInputType][]) {
    const summary = argType.table?.type?.summary;
    const options = KNOWN[name] ?? literalChoices(summary);
    // A promise (loadComplete) is read, never set: no control.
    if (summary?.startsWith('Promise<')) enhanced[name] = { ...argType, control: false };
    else
      enhanced[name] = options
        ? { ...argType, options, control: { type: options.length > 3 ? 'select' : 'inline-radio' } }
        : argType;
  }
  return enhanced;
}
