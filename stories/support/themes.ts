// Three ready themes of the kind Vietnamese portals use, written as a portal writes them: global
// tokens, each colour a light-dark() pair. The toolbar's theme switch, the Theming stories and the
// CSS they show all read these records. Every text colour keeps 4.5:1 on the surface it sits on,
// in light and dark (axe checks it in every story that shows a theme).

/** The CSS a theme sets: token name → value. */
export type Theme = Record<string, string>;

/** The neutral government theme, for portals whose identity is blue-grey rather than red (docs/theming.md shows it). */
export const NEUTRAL_THEME: Theme = {
  '--pn-color-accent': 'light-dark(#1f4e79, #9cc3ea)',
  '--pn-color-heading': 'light-dark(#1b2733, #eef2f6)',
  '--pn-color-link-hover': 'light-dark(#1f4e79, #9cc3ea)',
  '--pn-color-surface-subtle': 'light-dark(#f1f4f7, #202830)',
  '--pn-color-border': 'light-dark(#d3dbe3, #36414d)',
  '--pn-radius': '2px',
};

/**
 * A Party portal in red and gold: the default Party red, with the gold of the flag's star in
 * rules, markers and highlights (gold is never text on white: it cannot reach 4.5:1 there), warm
 * surfaces, dark-red serif headings, and gold lettering on the red buttons.
 */
export const PARTY_GOLD_THEME: Theme = {
  '--pn-color-accent': 'light-dark(#a50e15, #ff9e8f)',
  '--pn-color-heading': 'light-dark(#6b0a0f, #ffdf9e)',
  '--pn-color-link-hover': 'light-dark(#a50e15, #ff9e8f)',
  '--pn-color-text-muted': 'light-dark(#5c5346, #c2b8a8)',
  '--pn-color-surface': 'light-dark(#fffdf8, #1e1816)',
  '--pn-color-surface-subtle': 'light-dark(#fbf0d2, #2e2418)',
  '--pn-color-border': 'light-dark(#e0bd5a, #6e5624)',
  '--pn-color-mark': 'light-dark(#ffd76a, #6b5200)',
  '--pn-related-marker-color': 'light-dark(#c9971c, #e8b73e)',
  '--pn-feed-button-color': 'light-dark(#ffe9a8, #1e1816)',
  '--pn-font-family-heading': "'Noto Serif', 'Times New Roman', serif",
};

/** A government portal in blue: the deep blue of provincial people's committee portals, cool surfaces. */
export const GOVERNMENT_BLUE_THEME: Theme = {
  '--pn-color-accent': 'light-dark(#0056b3, #7fb8ff)',
  '--pn-color-heading': 'light-dark(#003d80, #dbe9ff)',
  '--pn-color-link-hover': 'light-dark(#0056b3, #7fb8ff)',
  '--pn-color-text-muted': 'light-dark(#4f5b66, #aab6c2)',
  '--pn-color-surface-subtle': 'light-dark(#eaf2fb, #182330)',
  '--pn-color-border': 'light-dark(#bcd3ec, #2c4258)',
  '--pn-radius': '4px',
};

/** The themes by the toolbar's value, each with its name in both languages. The default (Party red) sets nothing. */
export const THEMES: Record<string, { vi: string; en: string; tokens: Theme }> = {
  'party-gold': { vi: 'Cổng Đảng: đỏ và vàng', en: 'Party portal: red and gold', tokens: PARTY_GOLD_THEME },
  government: { vi: 'Cổng chính quyền: xanh', en: 'Government portal: blue', tokens: GOVERNMENT_BLUE_THEME },
  neutral: { vi: 'Trung tính', en: 'Neutral government', tokens: NEUTRAL_THEME },
};

/** Where a portal's stylesheet sets the tokens: on the elements, which pass them to the ones inside. */
export const THEME_SELECTOR = 'party-news-feed,\nparty-news-card,\nparty-news-report,\nparty-news-related';

/** The tokens as a `style` attribute value, set on an element above (or on) the party-news elements. */
export const themeStyle = (theme: Theme): string =>
  Object.entries(theme)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');

/** The tokens as a portal writes them in its stylesheet: the snippet a designer copies. */
export const themeCss = (theme: Theme, selector = THEME_SELECTOR): string =>
  `${selector} {\n${Object.entries(theme)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}`;

/** Kept for the stories and the toolbar that name the neutral theme alone. */
export const neutralThemeStyle = themeStyle(NEUTRAL_THEME);
