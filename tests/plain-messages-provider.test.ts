import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PlainMessagesProvider, usePlainTranslations } from '@/components/shell/plain-messages-provider';

function Probe() {
  const errors = usePlainTranslations('Errors');
  const comments = usePlainTranslations('Comments');
  return h('p', null, `${errors('retry')} | ${comments('name')}`);
}

describe('PlainMessagesProvider', () => {
  it("a provider inside another adds its namespaces to the outer one's (the comments' strings do not repeat the site's)", () => {
    const markup = renderToStaticMarkup(
      h(PlainMessagesProvider, {
        locale: 'ar',
        messages: { Errors: { retry: 'إعادة المحاولة' } },
        children: h(PlainMessagesProvider, { locale: 'ar', messages: { Comments: { name: 'الاسم' } }, children: h(Probe) }),
      }),
    );
    expect(markup).toBe('<p>إعادة المحاولة | الاسم</p>');
  });
});
