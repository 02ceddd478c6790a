// The subset faces draw Arabic as the full @fontsource faces do: the same glyph outlines at the
// same positions for joined letters, lam-alef, vowel marks, Maghrebi letters, tatweel, Arabic
// digits and punctuation (shaped by harfbuzz, as browsers shape text). Words are shaped one by one:
// spaces are outside the faces' unicode-range, and browsers draw them with the next font.
import fs from 'node:fs';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { FACES, SUBSET_DIR, UNICODE_RANGE, sourceOf } from './subset-fonts.mjs';

const SAMPLES = 'السلام عليكم لا إله إلا الله مَرْحَبًا بِكُمْ ڭناوة ڤيلا پ كتـــاب ٠١٢٣٤٥٦٧٨٩ ٪ هل؟ نعم، لا؛ ﷺ'.split(' ');

async function drawing(file: string | URL, text: string) {
  const sfnt = await fontverter.convert(fs.readFileSync(file), 'sfnt');
  const font = new hb.Font(new hb.Face(new hb.Blob(sfnt)));
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  return buffer.getGlyphInfos().map((glyph, i) => ({ missing: glyph.codepoint === 0, outline: font.glyphToPath(glyph.codepoint), at: positions[i] }));
}

describe('Arabic faces cut to the Arabic block', () => {
  for (const name of Object.keys(FACES)) {
    it(`${name} is smaller and draws every sample as the full face does`, async () => {
      const subset = `${SUBSET_DIR}/${name}`;
      expect(fs.statSync(subset).size).toBeLessThan(fs.statSync(sourceOf(name)).size * 0.6);
      for (const text of SAMPLES) {
        const drawn = await drawing(subset, text);
        expect(
          drawn.some((g) => g.missing),
          text,
        ).toBe(false);
        expect(drawn, text).toEqual(await drawing(sourceOf(name), text));
      }
    });
  }

  it('app/fonts.ts declares for every face the range the faces were cut to', () => {
    const declared = [...fs.readFileSync('app/fonts.ts', 'utf8').matchAll(/prop: 'unicode-range', value: '([^']+)'/g)].map((m) => m[1]);
    expect(declared).toEqual([UNICODE_RANGE, UNICODE_RANGE]);
  });
});
