import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('compares Arabic word by word, never inside a word', () => {
    const parts = wordDiff('افتتح السوق صباح السبت قرب المحطة', 'افتتح السوق مساء الأحد قرب المحطة');
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['صباح', 'السبت']);
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['مساء', 'الأحد']);
    expect(parts.map((p) => (p.added ? '' : p.value)).join('')).toBe('افتتح السوق صباح السبت قرب المحطة');
  });
});
