import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

import manifest from '../custom-elements.json';
import { forgetFeeds } from '../src/model/reading/feed-cache.js';
import { choiceControls } from '../stories/support/choice-controls.js';
import { neutralThemeStyle } from '../stories/support/neutral-theme.js';

// Controls and the API tables come from the manifest the analyzer writes from each element's
// JSDoc header: nothing about the API is written twice.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [choiceControls],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    backgrounds: { disable: true },
    options: { storySort: { order: ['Docs', ['Getting started'], 'Elements'] } },
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
          { value: 'neutral', title: 'Neutral government' },
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
      style="color-scheme: ${globals.scheme ?? 'light'}; ${globals.theme === 'neutral' ? neutralThemeStyle : ''}"
    >
      ${story()}
    </div>`,
  ],
};
export default preview;
