import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown in the docs pages: their field tables are Markdown tables.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    // The library's own vite.config.ts builds bundles; Storybook gets a plain one.
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The sample feeds and photos the stories load, at the same URLs as in the tests and the demo.
  // The real-feed corpus keeps its test path, so stories and tests name the same URLs.
  staticDirs: [
    { from: '../fixtures', to: '/fixtures' },
    { from: '../test/fixtures/feeds', to: '/test/fixtures/feeds' },
    // The "Portal pages" stories: the host pages, what they load, and the built bundle.
    { from: '../test/pages/hosts', to: '/test/pages/hosts' },
    { from: '../node_modules/bootstrap/dist/css', to: '/node_modules/bootstrap/dist/css' },
    { from: '../node_modules/navigo/lib', to: '/node_modules/navigo/lib' },
    { from: '../dist', to: '/dist' },
    // The guides' screenshots (the guides themselves are imported by stories/docs/*.mdx).
    { from: '../docs', to: '/docs' },
  ],
  viteFinal(config) {
    // One copy of Lit for stories and elements ("Multiple versions of Lit loaded" otherwise).
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return config;
  },
};
export default config;
