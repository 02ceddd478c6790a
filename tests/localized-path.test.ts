import { describe, expect, it } from 'vitest';
import { localizedPath } from '@/i18n/paths';

describe('localizedPath', () => {
  it('puts Arabic at the root and the other interfaces under their prefix', () => {
    expect(localizedPath('/', 'ar')).toBe('/');
    expect(localizedPath('/', 'fr')).toBe('/fr');
    expect(localizedPath('/category/sport', 'en')).toBe('/en/category/sport');
    expect(localizedPath('/fr/category/sport', 'ar')).toBe('/category/sport');
    expect(localizedPath('/fr', 'ar')).toBe('/');
    expect(localizedPath('/en/search', 'fr')).toBe('/fr/search');
  });

  it('takes off a prefix only when it is a whole segment', () => {
    expect(localizedPath('/frontier', 'fr')).toBe('/fr/frontier');
    expect(localizedPath('/english-news', 'ar')).toBe('/english-news');
  });
});
