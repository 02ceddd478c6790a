import { describe, expect, it } from 'vitest';
import { contentDirection, textDirection } from './direction';

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
