// @ts-check
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', '.cache/', 'custom-elements.json'],
  },
  // Syntax-level rules only (not type-aware): linting stays a few seconds.
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: {
      // The widgets extend StandpointElement, not LitElement directly; the wc
      // rules only look at classes they know to be elements.
      wc: { elementBaseClasses: ['LitElement', 'StandpointElement'] },
    },
  },
  {
    rules: {
      // `_unused` parameters are how an overridden method says it ignores one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // `el.shadowRoot!` is the plain way to reach into a rendered fixture.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's `expect(x).to.be.true` reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests build malformed and hostile feeds on purpose; `any` is the honest type there.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
