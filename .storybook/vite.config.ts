import { defineConfig } from 'vite';

export default defineConfig({ define: { __PARTY_NEWS_VERSION__: JSON.stringify('storybook') } });
