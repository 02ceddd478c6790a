import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/security/page-scripts';
import { FIRST_USE_EVENTS, frameworkOnDemand } from './framework-on-demand';

// The head and tail of a page as Next 16 writes them (chunk names from a build of this site).
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/0p1ix9yq0b0aa.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<script src="/_next/static/chunks/04z-g0bb8q1lu.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<script src="/_next/static/chunks/310vm2bl3xxpt.js" id="_R_" async=""></script>',
  `<script>try{var t=localStorage.getItem('theme')}catch(e){}</script>`,
  '<title>خبر</title></head><body><main><h1>خبر</h1></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join('');

/** Runs the page's inline loader in a sandbox with a window and a document that record what it does. */
function runLoader(html: string) {
  const loader = /<script>(\(function\(c,e\)[^<]*)<\/script>/.exec(html)?.[1];
  if (!loader) throw new Error('no loader in the page');
  const listeners = new Map<string, () => void>();
  const added: { src: string; id?: string }[] = [];
  const sandbox = {
    addEventListener: (name: string, fn: () => void) => listeners.set(name, fn),
    removeEventListener: (name: string) => listeners.delete(name),
    document: { createElement: () => ({}), head: { appendChild: (s: { src: string; id?: string }) => added.push({ ...s }) } },
  };
  vm.runInNewContext(loader, sandbox);
  return { listeners, added };
}

describe('a stored page loads the framework on first use', () => {
  const page = frameworkOnDemand(Buffer.from(NEXT_PAGE)).toString();

  it('has none of Next’s chunk scripts or their preloads left to fetch at load', () => {
    expect(page).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" (id="_R_" )?async/);
    expect(page).not.toContain('rel="preload" as="script"');
    // What is not Next's loading is left as it was: the stylesheet, the theme, the payload, the
    // legacy script modern browsers skip.
    for (const kept of ['0p1ix9yq0b0aa.css', "localStorage.getItem('theme')", '__next_f', 'noModule=""', '<h1>خبر</h1>']) expect(page).toContain(kept);
  });

  it('adds the chunks, in Next’s order and with the bootstrap id, on the first touch, and only once', () => {
    const { listeners, added } = runLoader(page);
    expect([...listeners.keys()]).toEqual([...FIRST_USE_EVENTS]);
    expect(added).toEqual([]);
    listeners.get('touchstart')!();
    expect(added).toEqual([
      { src: '/_next/static/chunks/04z-g0bb8q1lu.js' },
      { src: '/_next/static/chunks/turbopack-077hmtqrhcoji.js' },
      { src: '/_next/static/chunks/310vm2bl3xxpt.js', id: '_R_' },
    ]);
    expect(listeners.size).toBe(0);
  });

  it('has its loader in the head, named by the page’s policy like every inline script', () => {
    expect(page.indexOf('(function(c,e)')).toBeLessThan(page.indexOf('</head>'));
    expect(inlineScriptHashes(Buffer.from(page))).toHaveLength(3);
  });

  it('leaves a page without Next’s scripts byte for byte', () => {
    const feed = Buffer.from('<?xml version="1.0"?><rss><channel><title>أخبار</title></channel></rss>');
    expect(frameworkOnDemand(feed)).toBe(feed);
    const html = Buffer.from('<html><head><script src="/other.js" async=""></script></head><body></body></html>');
    expect(frameworkOnDemand(html)).toBe(html);
  });
});
