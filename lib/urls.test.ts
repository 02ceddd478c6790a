import { describe, expect, it } from 'vitest';
import { articlePath, localizedPath, readablePath, slugFromSegment, splitLocalizedPath } from './urls';

describe('readablePath', () => {
  it('writes an Arabic slug as letters, a third of the bytes', () => {
    const path = articlePath({ id: 7, slug: 'انقطاع-الماء-بأزغار' });
    expect(path).toContain('%D8%A7');
    expect(readablePath(path)).toBe('/news/7/انقطاع-الماء-بأزغار');
    expect(Buffer.byteLength(readablePath(path)) * 2.5).toBeLessThan(path.length);
  });

  it('means the same address: the browser encodes it back to the path it came from', () => {
    const path = articlePath({ id: 7, slug: 'سوق-الأحد-٢٠٢٦-é' });
    expect(new URL(readablePath(path), 'http://x').pathname).toBe(path);
  });

  it('keeps escaped whatever is not a letter, a mark or a digit', () => {
    for (const kept of ['%3F', '%23', '%20', '%25', '%2F', '%E2%80%AE', '%C2%A0', '%FF']) {
      expect(readablePath(`/tag/a${kept}b`), kept).toBe(`/tag/a${kept}b`);
    }
    expect(slugFromSegment(readablePath('/tag/%D9%85%3F').split('/')[2]!)).toBe('م?');
  });
});

describe('localizedPath and splitLocalizedPath', () => {
  // The language switcher: the same page in another interface.
  const inInterface = (pathname: string, locale: string) => localizedPath(locale, splitLocalizedPath(pathname).path);

  it('put Arabic at the root and the other interfaces under their prefix, and back', () => {
    expect(inInterface('/', 'ar')).toBe('/');
    expect(inInterface('/', 'fr')).toBe('/fr');
    expect(inInterface('/category/sport', 'en')).toBe('/en/category/sport');
    expect(inInterface('/fr/category/sport', 'ar')).toBe('/category/sport');
    expect(inInterface('/fr', 'ar')).toBe('/');
    expect(inInterface('/en/search', 'fr')).toBe('/fr/search');
    expect(splitLocalizedPath('/en/search')).toEqual({ locale: 'en', path: '/search' });
    expect(splitLocalizedPath('/news/7/x')).toEqual({ locale: 'ar', path: '/news/7/x' });
  });

  it('take off a prefix only when it is a whole segment', () => {
    expect(inInterface('/frontier', 'fr')).toBe('/fr/frontier');
    expect(splitLocalizedPath('/english-news')).toEqual({ locale: 'ar', path: '/english-news' });
  });
});
