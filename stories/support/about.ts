// Every story carries a hand-written name (in Vietnamese, as a portal designer says it) and a one-line
// description of the state it shows, in English, beginning with the English name in bold. The
// description is Storybook's own `parameters.docs.description.story`, shown on the docs page and
// checked by test/story-names.test.ts.

/** The story's description parameter: `about('Article with photos', 'breadcrumb, title…')`. */
export const about = (english: string, state: string) => ({
  docs: { description: { story: `**${english}.** ${state}` } },
});
