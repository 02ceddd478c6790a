import crypto from 'node:crypto';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, joinFlightScripts } from './page-scripts';
import { contentSecurityPolicy } from './response-headers';

const hash = (s: string) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`;
const THEME = 'document.documentElement.className="dark"';
const FLIGHT = 'self.__next_f.push([1,"أخبار \\u003cb\\u003e"])';

describe('the inline scripts of a page', () => {
  it('are hashed as the browser hashes them: the exact UTF-8 text, data blocks and files left out', () => {
    const html = Buffer.from(
      `<!doctype html><html dir="rtl"><head><script>${THEME}</script><script src="/_next/static/chunks/a.js" async=""></script>` +
        `<script\ntype="application/ld+json">{"headline":"<\\/script>"}</script><SCRIPT TYPE="module">${FLIGHT}</SCRIPT></head>` +
        `<body><p>&lt;script&gt; يبقى نصاً</p><noscripts></noscripts><script>${THEME}</script><script type="text/javascript">x()</script></body></html>`,
    );
    expect(inlineScriptHashes(html)).toEqual([hash(THEME), hash(FLIGHT), hash('x()')]);
  });

  it('end at the first </script>, as HTML parsing does', () => {
    const html = Buffer.from('<script>a("</script><script>b()</script>');
    expect(inlineScriptHashes(html)).toEqual([hash('a("'), hash('b()')]);
  });

  it('go into a policy that allows no other inline script and no framing', () => {
    const csp = contentSecurityPolicy([hash(THEME)], true);
    expect(csp).toContain(`script-src 'self' ${hash(THEME)}`);
    expect(csp).not.toMatch(/script-src[^;]*('unsafe-inline'|nonce)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy([], false)).not.toContain('upgrade-insecure-requests');
  });
});

describe("a stored page's flight data", () => {
  const START = '(self.__next_f=self.__next_f||[]).push([0])';
  const row = (text: string) => `self.__next_f.push([1,${JSON.stringify(text)}])`;
  const rows = ['0:{"P":null}\n', '1:["$","p",null,{"children":"أخبار \\u003c/script\\u003e"}]\n', '2:"$Sreact.fragment"\n'];
  const scripts = (html: string) => [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1]!);
  /** What the page's scripts leave in self.__next_f, run in order as the browser runs them. */
  const flight = (html: string) => {
    const self: { __next_f: unknown[] } = { __next_f: [] };
    for (const script of scripts(html)) if (script.includes('__next_f')) vm.runInNewContext(script, { self });
    return JSON.stringify(self.__next_f);
  };

  it('is one script instead of one per chunk, with the same data in the same order', () => {
    const page = `<!doctype html><html><body><p>نص</p><script src="/a.js" async=""></script><script>${START}</script>${rows.map((r) => `<script>${row(r)}</script>`).join('')}</body></html>`;
    const joined = joinFlightScripts(Buffer.from(page)).toString();
    expect(scripts(joined)).toHaveLength(1);
    expect(flight(joined)).toBe(flight(page));
    expect(joined).toContain('<p>نص</p><script src="/a.js" async=""></script><script>(self.__next_f');
    expect(inlineScriptHashes(Buffer.from(joined))).toHaveLength(1);
  });

  it('leaves every other script as it was, and joins nothing across one', () => {
    const other = `<script>${THEME}</script>`;
    const page = `<html><head>${other}</head><body><script>${row(rows[0]!)}</script>${other}<script>${row(rows[1]!)}</script><script>${row(rows[2]!)}</script><script type="module">${row('x')}</script></body></html>`;
    const joined = joinFlightScripts(Buffer.from(page)).toString();
    expect(scripts(joined)).toEqual([THEME, row(rows[0]!), THEME, `${row(rows[1]!)};${row(rows[2]!)}`]);
    expect(joined).toContain(`<script type="module">${row('x')}</script>`);
    expect(flight(joined)).toBe(flight(page));
  });

  it('is not touched when there is nothing to join', () => {
    const page = Buffer.from(`<p>١</p><script>${row('a')}</script><p>٢</p><script>${row('b')}</script>`);
    expect(joinFlightScripts(page)).toBe(page);
  });
});
