import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // MDX pages (Theming, Feed format) sit beside the widgets' stories.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Fixtures Storybook serves itself, for stories that read a feed by `src` as a page does. Not under /demo:
  // in dev mode that path is Vite's, for the stories that import demo/sample-feed.json as a module.
  staticDirs: [{ from: '../demo', to: '/feeds' }],
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: {
      ...viteConfig.build,
      // The only chunks over 500 kB are Storybook's own docs renderer and preview
      // runtime; the widgets' budgets are checked by size-limit on dist/.
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        ...viteConfig.build?.rolldownOptions,
        // Rolldown's "plugin callbacks took N s" note is about Storybook's CSF
        // plugin on a busy machine, not something this project can act on.
        checks: { ...viteConfig.build?.rolldownOptions?.checks, bundlerTimings: false },
      },
    },
  }),
};

export default config;
