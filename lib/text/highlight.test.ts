import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './highlight';
import { queryTerms } from '@/lib/data/search-terms';

const hits = (text: string, q: string) =>
  highlight(text, queryTerms(q))
    .filter((s) => s.hit)
    .map((s) => s.text);

describe('highlight', () => {
  it('marks a word whatever its spelling, article or proclitic', () => {
    expect(hits('افتتاح المدرسة الجديدة بأزغار', 'مدرسه ازغار')).toEqual(['المدرسة', 'بأزغار']);
    expect(hits('قالَ المسؤولُ إنّ المَدْرَسَةَ جاهزة', 'المدرسة')).toEqual(['المَدْرَسَةَ']);
  });

  it('leaves the text unchanged around the marks', () => {
    const text = 'سيلين برتون (Céline BERTHON) في أزغار.';
    expect(
      highlight(text, queryTerms('أزغار'))
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('marks nothing for an empty query', () => {
    expect(hits('نص عادي', '')).toEqual([]);
  });
});

describe('snippet', () => {
  it('starts near the first match', () => {
    const text = `${'كلمة '.repeat(100)}الماء ${'كلمة '.repeat(100)}`;
    const s = snippet(text, queryTerms('الماء'));
    expect(s.startsWith('…')).toBe(true);
    expect(s).toContain('الماء');
  });
});
