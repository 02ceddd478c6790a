import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Physical directions break the mirrored layout: ms-/me-/ps-/pe-/start-/end-/text-start/text-end instead.
const PHYSICAL_DIRECTION = /(^|\s|:)-?(ml|mr|pl|pr|left|right|rounded-l|rounded-r|border-l|border-r)-|\btext-(left|right)\b/;

const config = [
  { ignores: ['.next/**', '.builds/**', 'lib/generated/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...nextVitals,
  ...nextTs,
  // `const { id, ...rest } = x` is how an object is copied without some of its fields.
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] } },
  // Every upload is stored in ready widths (lib/media/store.ts) and given as srcset by the server;
  // next/image would add a hydrated client component per picture and resize nothing.
  { rules: { '@next/next/no-img-element': 'off' } },
  {
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: {
      // Every user-facing string comes from messages/*.json.
      'react/jsx-no-literals': [
        'error',
        { noStrings: false, allowedStrings: ['·', '›', '‹', '|', '—', '–', '-', '*', '…', '/', ':', '(', ')', '#', '%'], ignoreProps: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `Literal[value=${PHYSICAL_DIRECTION}]`,
          message: 'Use logical CSS (ms-/me-/ps-/pe-/start-/end-/text-start/text-end), not physical left/right.',
        },
        {
          selector: `TemplateElement[value.raw=${PHYSICAL_DIRECTION}]`,
          message: 'Use logical CSS (ms-/me-/ps-/pe-/start-/end-/text-start/text-end), not physical left/right.',
        },
        {
          // Text people read or hear in attributes comes from messages too.
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|title|alt|placeholder|label)$/] > Literal[value=/[\\p{L}]/u]',
          message: 'User-facing text belongs in messages/*.json.',
        },
      ],
    },
  },
  {
    // e2e/support/test.ts closes the pages a test opens; Playwright's own `test` would leave them.
    files: ['e2e/**/*.ts'],
    ignores: ['e2e/support/test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test'], message: 'Import `test` from e2e/support/test (it closes the pages a test opens).' }] },
      ],
    },
  },
];

export default config;
