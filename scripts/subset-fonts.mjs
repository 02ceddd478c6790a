// Run on install: the site's Arabic faces cut down to the Arabic block, written to .fonts/ for
// app/fonts.ts. @fontsource's "arabic" files also carry the Arabic Supplement, Extended-A and the
// presentation forms (150 KB for the three faces a page preloads); a phone on a slow link waited
// for them beside the stylesheet. harfbuzz's subsetter (subset-font) keeps every glyph the kept
// letters reach through the font's shaping rules (joining forms, lam-alef, marks), so words join
// as before; a letter outside the block is drawn by the next font of the stack, as before.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';

/** U+0600–06FF, the joiners and marks of direction, Arabic hyphens and punctuation, ﷲ and ﷺ. */
const RANGES = [
  [0x0600, 0x06ff],
  [0x200c, 0x200f],
  [0x2010, 0x2011],
  [0x204f, 0x204f],
  [0x2e41, 0x2e41],
  [0xfdf2, 0xfdf2],
  [0xfdfa, 0xfdfa],
];
/** The subset files (in .fonts/) and the @fontsource files they are cut from. */
export const FACES = {
  'naskh-400.woff2': '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
  'naskh-700.woff2': '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
  'kufi-700.woff2': '@fontsource/noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff2',
};

const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
/** The CSS unicode-range of RANGES: app/fonts.ts must declare exactly this (next/font wants a
 *  literal there; scripts/subset-fonts.test.ts holds the two together). */
export const UNICODE_RANGE = RANGES.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');

export const SUBSET_DIR = '.fonts';
export const sourceOf = (name) => new URL(`../node_modules/${FACES[name]}`, import.meta.url);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
  fs.mkdirSync(SUBSET_DIR, { recursive: true });
  const sizes = [];
  for (const name of Object.keys(FACES)) {
    const original = fs.readFileSync(sourceOf(name));
    const subset = await subsetFont(original, text, { targetFormat: 'woff2' });
    fs.writeFileSync(`${SUBSET_DIR}/${name}`, subset);
    sizes.push(`${name} ${Math.round(original.length / 1024)} → ${Math.round(subset.length / 1024)} KB`);
  }
  console.log(`Arabic faces subset into ${SUBSET_DIR}/: ${sizes.join(', ')}`);
}
