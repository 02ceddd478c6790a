import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './page-scripts';
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
