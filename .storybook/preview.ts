import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

import manifest from '../custom-elements.json';
import { forgetFeeds } from '../src/model/reading/feed-cache.js';
import { elementArgTypes, type Manifest } from '../stories/support/arg-types.js';
import { choiceControls } from '../stories/support/choice-controls.js';
import { THEMES, themeStyle } from '../stories/support/themes.js';

// Controls and the API tables come from the manifest the analyzer writes from each element's
// JSDoc header: nothing about the API is written twice. Storybook reads the element's description
// from it; the table itself is read by stories/support/arg-types.ts (one row per attribute, colour
// pickers for the tokens, parts and events read only), in place of Storybook's own reading.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [choiceControls],
  parameters: {
    docs: { extractArgTypes: (tag: string) => elementArgTypes(manifest as Manifest, tag) },
    controls: { expanded: true },
    a11y: { test: 'error' },
    backgrounds: { disable: true },
    options: { storySort: { order: ['Docs', ['Getting started'], 'Elements', 'Theming'] } },
  },
  globalTypes: {
    lang: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'party', title: 'Party red (default)' },
          ...Object.entries(THEMES).map(([value, theme]) => ({ value, title: theme.en })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi', scheme: 'light', theme: 'party' },
  // Each story starts from a clean reader: no text size or feed remembered from another story.
  beforeEach() {
    forgetFeeds();
    for (const key of Object.keys(localStorage)) if (key.startsWith('party-news:')) localStorage.removeItem(key);
  },
  decorators: [
    // The whole canvas (and a docs page) takes the scheme, not only the story's frame.
    (story, { globals }) => {
      document.documentElement.style.colorScheme = globals.scheme ?? 'light';
      document.body.style.background = 'Canvas';
      document.body.style.color = 'CanvasText';
      return story();
    },
    // Elements take lang from the closest [lang] ancestor and colours from the page's color-scheme,
    // so the toolbar sets both on a wrapper, exactly as a portal page would.
    (story, { globals }) => html`<div
      class="story-frame"
      lang=${globals.lang ?? 'vi'}
      style="color-scheme: ${globals.scheme ?? 'light'}; ${themeStyle(THEMES[globals.theme]?.tokens ?? {})}"
    >
      ${story()}
    </div>`,
  ],
};
export default preview;
