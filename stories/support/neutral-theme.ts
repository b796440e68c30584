// The neutral government theme, for portals whose identity is blue-grey rather than red: the
// toolbar's theme switch, the Theming page's live example and its CSS all read these tokens.
export const NEUTRAL_THEME: Record<string, string> = {
  '--pn-color-accent': 'light-dark(#1f4e79, #9cc3ea)',
  '--pn-color-heading': 'light-dark(#1b2733, #eef2f6)',
  '--pn-color-link-hover': 'light-dark(#1f4e79, #9cc3ea)',
  '--pn-color-surface-subtle': 'light-dark(#f1f4f7, #202830)',
  '--pn-color-border': 'light-dark(#d3dbe3, #36414d)',
  '--pn-radius': '2px',
};

/** The tokens as a `style` attribute value, set on an element above the party-news elements. */
export const neutralThemeStyle = Object.entries(NEUTRAL_THEME)
  .map(([name, value]) => `${name}: ${value};`)
  .join(' ');

/** The tokens as a portal writes them in its stylesheet. */
export const neutralThemeCss = `party-news-feed,\nparty-news-report {\n${Object.entries(NEUTRAL_THEME)
  .map(([name, value]) => `  ${name}: ${value};`)
  .join('\n')}\n}`;
