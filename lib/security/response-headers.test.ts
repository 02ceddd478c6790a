import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, NonceInjector } from './response-headers';

const HTML =
  '<!doctype html><html dir="rtl"><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" href="/b.js"/><link rel="alternate" hrefLang="fr" href="/fr"/>' +
  '<script>document.documentElement.className="dark"</script>' +
  '<script src="/_next/static/chunks/a.js" async=""></script><script\ntype="application/ld+json">{}</script></head>' +
  '<body><p>أخبار أزغار: &lt;script&gt; يبقى نصاً</p><noscripts></noscripts><script>self.__next_f.push([1,"x"])</script></body></html>';
const EXPECTED = HTML.replaceAll('<script>', '<script nonce="abc">')
  .replace('<link rel="preload"', '<link nonce="abc" rel="preload"')
  .replace('<script src=', '<script nonce="abc" src=')
  .replace('<script\ntype', '<script nonce="abc"\ntype');

function run(chunks: Buffer[]) {
  const injector = new NonceInjector('abc');
  return Buffer.concat([...chunks.map((c) => injector.push(c)), injector.flush()]).toString();
}

describe('the nonce injector', () => {
  it('gives every <script> tag and script preload the nonce, and nothing else', () => {
    expect(run([Buffer.from(HTML)])).toBe(EXPECTED);
  });

  it('finds tags cut between chunks at any byte, without breaking Arabic letters', () => {
    const bytes = Buffer.from(HTML);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(run([bytes.subarray(0, cut), bytes.subarray(cut)]), `cut at ${cut}`).toBe(EXPECTED);
    }
    const oneByteAtATime = [...bytes].map((b) => Buffer.from([b]));
    expect(run(oneByteAtATime)).toBe(EXPECTED);
  });

  it('keeps a stream that ends in the middle of a tag name', () => {
    expect(run([Buffer.from('<p>x</p><scr')])).toBe('<p>x</p><scr');
    expect(run([Buffer.from('<p>x</p><li')])).toBe('<p>x</p><li');
  });
});

describe('the content security policy', () => {
  it('runs no script without the nonce and allows no framing', () => {
    const csp = contentSecurityPolicy('n0nce', true);
    expect(csp).toContain("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy('n0nce', false)).not.toContain('upgrade-insecure-requests');
  });
});
