import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

import manifest from '../custom-elements.json';
import { choiceControls } from '../stories/support/choice-controls.js';

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
  decorators: [
    // Elements take lang from the closest [lang] ancestor and colours from the page's color-scheme,
    // so the toolbar sets both on a wrapper, exactly as a portal page would.
    (story, { globals }) => html`<div
      class="story-frame ${globals.theme === 'neutral' ? 'theme-neutral' : ''}"
      lang=${globals.lang ?? 'vi'}
      style="color-scheme: ${globals.scheme ?? 'light'}"
    >
      ${story()}
    </div>`,
  ],
};
export default preview;
