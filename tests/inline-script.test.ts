import vm from 'node:vm';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineScript } from '@/components/shell/inline-script';
import { countRead } from '@/components/site/page-scripts/count-read';

describe('InlineScript', () => {
  it('writes the function with its arguments, which no text in them can end or break', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const markup = renderToStaticMarkup(
      h(InlineScript<[string, { n: number }]>, { run: (text, o) => void Object.assign(globalThis, { got: [text, o] }), args: [hostile, { n: 2 }] }),
    );
    const body = /^<script>([\s\S]*)<\/script>$/.exec(markup)![1]!;
    expect(body).not.toMatch(/<\/script|<!--/i);
    const sandbox: { got?: unknown } = {};
    vm.runInNewContext(body, sandbox);
    expect(sandbox.got).toEqual([hostile, { n: 2 }]);
  });

  it('runs a page script from its source alone: the read beacon counts once per browser', () => {
    const markup = renderToStaticMarkup(h(InlineScript<[number]>, { run: countRead, args: [42] }));
    const stored = new Map<string, string>();
    const sent: string[] = [];
    const sandbox = {
      localStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) },
      navigator: { sendBeacon: (url: string) => (sent.push(url), true) },
      Blob,
      JSON,
    };
    const body = markup.slice('<script>'.length, -'</script>'.length);
    vm.runInNewContext(body, sandbox);
    vm.runInNewContext(body, sandbox);
    expect(sent).toEqual(['/api/reads']);
    expect(stored.get('read:42')).toBe('1');
  });
});
