import localFont from 'next/font/local';

// Self-hosted from @fontsource (next/font/google cannot download here). next/font/local adds
// preloading and a fallback face. font-display: optional: with the preload the font is there for
// the first paint on any decent connection; when it is late the page keeps the system font rather
// than re-flowing every Arabic line under the reader's eyes (layout shift), and the next page has it.
// next/font needs literal options, hence the repeated paths and range.
export const naskh = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-naskh-ar',
  display: 'optional',
  declarations: [{ prop: 'unicode-range', value: 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FEFC' }],
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});

export const kufi = localFont({
  src: [{ path: '../node_modules/@fontsource/noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff2', weight: '700' }],
  variable: '--font-kufi-ar',
  display: 'optional',
  declarations: [{ prop: 'unicode-range', value: 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FEFC' }],
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});
