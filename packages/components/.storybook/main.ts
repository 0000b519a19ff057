import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook documents every component in every state. `pnpm storybook:build` (root) builds it.
// Plain browser tests live in vitest.browser.config.ts, apart from this.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.stories.ts'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own preview bundle is large; ours is measured by tests/size.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
