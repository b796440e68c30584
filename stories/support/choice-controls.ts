// Choices where the type is a set of them. A property typed as a union of string literals ('grid' |
// 'list' | 'compact') gets a radio or a select instead of a text box; the union is read from the type
// custom-elements.json gives each attribute. lang and time-zone, plain strings in the code, get the
// values party-news speaks and a few zones worth comparing.
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
    const options = KNOWN[name] ?? literalChoices(argType.table?.type?.summary);
    enhanced[name] = options
      ? { ...argType, options, control: { type: options.length > 3 ? 'select' : 'inline-radio' } }
      : argType;
  }
  return enhanced;
}
