// `npm run analyze`: custom-elements.json from the elements' JSDoc, with the
// paths of the published files (scripts/manifest-plugin.mjs).
import { shippedPathsPlugin } from './scripts/manifest-plugin.mjs';

export default {
  globs: ['src/components/**/*.ts', 'src/base/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [shippedPathsPlugin()],
};
