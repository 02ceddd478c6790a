import { describe, expect, it } from 'vitest';
import { ADMIN_MAX_PAGE, adminPage, ArticleFilterSchema } from './admin-filters';

describe('the page number of an admin list', () => {
  it('reads a page number and clamps it to the lists’ range', () => {
    expect(adminPage(undefined)).toBe(1);
    expect(adminPage('3')).toBe(3);
    expect(adminPage('0')).toBe(1);
    expect(adminPage('-4')).toBe(1);
    expect(adminPage('1e9')).toBe(1);
    expect(adminPage('99999999999')).toBe(ADMIN_MAX_PAGE);
    expect(adminPage(['2', '5'])).toBe(2);
  });

  it('treats anything else as the first page', () => {
    for (const junk of ['', 'abc', 'NaN', '٣', '%00', ' ']) expect(adminPage(junk), junk).toBe(1);
  });

  it('is the same rule in the article filter, whose other unexpected values are ignored', () => {
    expect(ArticleFilterSchema.parse({ page: '7', status: 'PUBLISHED', category: 'x' })).toEqual({ page: 7, status: 'PUBLISHED', category: undefined });
    expect(ArticleFilterSchema.parse({}).page).toBe(1);
    expect(ArticleFilterSchema.parse({ page: ['x'] }).page).toBe(1);
  });
});
