import localFont from 'next/font/local';

// Self-hosted from @fontsource (next/font/google cannot download here). next/font/local adds
// preloading, font-display: swap and a size-adjusted fallback, so text does not jump on load.
const ARABIC_RANGE = 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0898-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';
const fontsource = (family: string, subset: string, weight: number) =>
  `../node_modules/@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff2`;

export const naskh = localFont({
  src: [
    { path: fontsource('noto-naskh-arabic', 'arabic', 400), weight: '400' },
    { path: fontsource('noto-naskh-arabic', 'arabic', 700), weight: '700' },
  ],
  variable: '--font-naskh-ar',
  display: 'swap',
  declarations: [{ prop: 'unicode-range', value: ARABIC_RANGE }],
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});

export const kufi = localFont({
  src: [{ path: fontsource('noto-kufi-arabic', 'arabic', 700), weight: '700' }],
  variable: '--font-kufi-ar',
  display: 'swap',
  declarations: [{ prop: 'unicode-range', value: ARABIC_RANGE }],
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});
