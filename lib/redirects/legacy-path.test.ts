import { describe, expect, it } from 'vitest';
import { finalTarget, normalisePath, readLegacyAddress, sourceOf } from './legacy-path';
import { portalPathKind } from './portal-routes';

const read = (url: string) => {
  const u = new URL(url, 'http://x.test');
  return readLegacyAddress(u.pathname, u.searchParams);
};

describe('old addresses', () => {
  it('are stored one way: decoded, lower-case, without the trailing slash or the host', () => {
    expect(sourceOf('http://127.0.0.1:8080/%d8%b3%d9%88%d9%82-%d8%a3%d8%b3%d8%a8%d9%88%d8%b9%d9%8a/')).toBe('/سوق-أسبوعي');
    expect(sourceOf('/%D8%B3%D9%88%D9%82-%D8%A3%D8%B3%D8%A8%D9%88%D8%B9%D9%8A')).toBe('/سوق-أسبوعي');
    expect(sourceOf('http://old.example/?p=42')).toBe('/?p=42');
    expect(sourceOf('https://old.example/2026/06/27/Port-Expansion//')).toBe('/2026/06/27/port-expansion');
    expect(sourceOf('/')).toBeNull();
    expect(normalisePath('/%E0%A4%A')).toBeNull();
  });

  it('are read with their paging, feed, post pages and WordPress query', () => {
    expect(read('/category/region/nador-city/page/2/')).toMatchObject({ source: '/category/region/nador-city', page: 2, feed: false });
    expect(read('/category/economy/feed/')).toMatchObject({ source: '/category/economy', feed: true });
    expect(read('/feed/atom/')).toMatchObject({ source: '', feed: true });
    expect(read('/port-expansion-phase-two/2/')).toMatchObject({ source: '/port-expansion-phase-two', slugAlias: null });
    expect(read('/2026/06/27/port-expansion-phase-two/')).toMatchObject({
      source: '/2026/06/27/port-expansion-phase-two',
      slugAlias: '/port-expansion-phase-two',
    });
    expect(read('/2026/06/')).toMatchObject({ source: '/2026/06' });
    expect(read('/?page_id=34')).toMatchObject({ source: '/?page_id=34' });
    expect(read('/?s=%D8%B3%D9%88%D9%82')).toMatchObject({ search: 'سوق' });
    expect(read('/?p=35&replytocom=4')).toMatchObject({ source: '/?p=35' });
  });

  it('go to the page, the archive page or the feed asked for', () => {
    expect(finalTarget('/category/nador-city', { page: 3, feed: false })).toBe('/category/nador-city/page/3');
    expect(finalTarget('/category/nador-city', { page: 1, feed: true })).toBe('/feed/nador-city.xml');
    expect(finalTarget('/tag/%D8%B3', { page: 1, feed: true })).toBe('/feed.xml');
    expect(finalTarget('/news/4/budget', { page: 2, feed: false })).toBe('/news/4/budget');
  });
});

describe('the portal’s own addresses', () => {
  it('are told apart from old ones without the database', () => {
    expect(portalPathKind('/news/4/%D8%B3')).toEqual({ kind: 'own' });
    expect(portalPathKind('/fr/category/economy/page/2')).toEqual({ kind: 'own' });
    expect(portalPathKind('/en/about')).toEqual({ kind: 'page', slug: 'about' });
    expect(portalPathKind('/council-approves-budget')).toEqual({ kind: 'page', slug: 'council-approves-budget' });
    expect(portalPathKind('/contact-us/advertise')).toEqual({ kind: 'other' });
    expect(portalPathKind('/category/region/nador-city')).toEqual({ kind: 'other' });
  });
});
