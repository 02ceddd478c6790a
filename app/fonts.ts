import localFont from 'next/font/local';

// Self-hosted from @fontsource (next/font/google cannot download here), cut down to the Arabic
// block on install (scripts/subset-fonts.mjs: 70 KB for the three faces instead of 150; the
// unicode-range below is that script's UNICODE_RANGE, held together by its test).
// next/font/local adds preloading and a fallback face. font-display: optional: with the preload the font is there for
// the first paint on any decent connection; when it is late the page keeps the system font rather
// than re-flowing every Arabic line under the reader's eyes (layout shift), and the next page has it.
// next/font needs literal options, hence the repeated paths and range.
export const naskh = localFont({
  src: [
    { path: '../.fonts/naskh-400.woff2', weight: '400' },
    { path: '../.fonts/naskh-700.woff2', weight: '700' },
  ],
  variable: '--font-naskh-ar',
  display: 'optional',
  declarations: [{ prop: 'unicode-range', value: 'U+0600-06FF, U+200C-200F, U+2010-2011, U+204F, U+2E41, U+FDF2, U+FDFA' }],
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});

export const kufi = localFont({
  src: [{ path: '../.fonts/kufi-700.woff2', weight: '700' }],
  variable: '--font-kufi-ar',
  display: 'optional',
  declarations: [{ prop: 'unicode-range', value: 'U+0600-06FF, U+200C-200F, U+2010-2011, U+204F, U+2E41, U+FDF2, U+FDFA' }],
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});
