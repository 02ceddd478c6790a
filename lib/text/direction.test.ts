import { describe, expect, it } from 'vitest';
import { contentDirection, lineAttributes, textDirection } from './direction';

describe('textDirection', () => {
  it('reads Arabic right to left and Latin left to right, whatever the article language', () => {
    expect(textDirection('أمطار غزيرة على المدينة', 'fr')).toBe('rtl');
    expect(textDirection('La pluie revient sur la ville', 'ar')).toBe('ltr');
  });
  it('keeps digits and punctuation as typed', () => {
    expect(textDirection('{{7*7}} ${7*7}', 'ar')).toBe('ltr');
    expect(textDirection('2026', 'ar')).toBe('ltr');
  });
  it('lets the article language decide mixed text', () => {
    expect(textDirection('شركة Renault تفتتح مصنعاً', 'ar')).toBe('rtl');
    expect(textDirection('Renault ouvre une usine à الناظور', 'fr')).toBe('ltr');
  });
});

describe('contentDirection', () => {
  it("turns a card to its article's side only where the interface reads the other way", () => {
    expect(contentDirection('ar', 'fr')).toBe('rtl');
    expect(contentDirection('fr', 'ar')).toBe('ltr');
    expect(contentDirection('ar', 'ar')).toBeUndefined();
    expect(contentDirection('en', 'fr')).toBeUndefined();
  });
});

describe('lineAttributes', () => {
  it('writes lang and dir only where they differ from the page or the box around the line', () => {
    expect(lineAttributes('عنوان عربي', 'ar', 'ar')).toEqual({});
    expect(lineAttributes('{{7*7}} ${7*7}', 'ar', 'ar')).toEqual({ dir: 'ltr' });
    expect(lineAttributes('عنوان عربي', 'ar', 'fr', 'rtl')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(lineAttributes('Un titre', 'fr', 'ar', 'ltr')).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(lineAttributes('Un titre', 'fr', 'fr')).toEqual({});
  });
});
