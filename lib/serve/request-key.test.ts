import { describe, expect, it } from 'vitest';
import { storeKey } from './request-key';

const key = (url: string, headers: Record<string, string> = {}, method = 'GET') => storeKey(method, url, headers);

describe('which requests the page store answers', () => {
  it('keys pages by path, without the parameters that only say where a reader came from', () => {
    expect(key('/news/5/x?utm_source=facebook&fbclid=abc')).toBe('/news/5/x');
    expect(key('/?p=12')).toBe('/?p=12');
    expect(key('/category/local?b=2&a=1')).toBe('/category/local?a=1&b=2');
    expect(key('/news/5/x', {}, 'HEAD')).toBe('/news/5/x');
  });

  it('keys a search by the query as the page reads it', () => {
    expect(key('/search?q=%20الماء%20')).toBe(key('/search?q=الماء&page=1&utm_medium=x'));
    expect(key('/fr/search?q=eau&page=2')).toBe('/fr/search?q=eau&page=2');
    expect(key('/search?q=a&page=2')).not.toBe(key('/search?q=a'));
  });

  it('never answers staff, draft mode, navigation data, actions, the admin, the API or media', () => {
    expect(key('/', { cookie: 'my_comments=1.x' })).toBe('/');
    expect(key('/', { cookie: 'theme=dark; portal_session=abc' })).toBeNull();
    expect(key('/', { cookie: '__Host-portal_session=abc' })).toBeNull();
    expect(key('/', { cookie: '__prerender_bypass=abc' })).toBeNull();
    expect(key('/', { rsc: '1' })).toBeNull();
    expect(key('/?_rsc=abc')).toBeNull();
    expect(key('/', {}, 'POST')).toBeNull();
    for (const path of ['/admin', '/fr/admin/articles', '/api/reads', '/media/a/b.webp', '/_next/image?url=x']) expect(key(path), path).toBeNull();
    expect(key('/_next/static/chunks/a.js')).toBe('/_next/static/chunks/a.js');
  });
});
