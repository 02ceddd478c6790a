'use client';

import { useEffect, useState } from 'react';
import { previewMarkdown } from '@/lib/actions/admin/articles';
import { IDLE_STATE } from '@/lib/actions/admin/action-state';

/** The body as the site will show it, rendered by the server's sanitising pipeline as you type. */
export function MarkdownPreview({ body, rtl, emptyLabel }: { body: string; rtl: boolean; emptyLabel: string }) {
  const [html, setHtml] = useState('');
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const form = new FormData();
      form.set('body', body);
      form.set('rtl', String(rtl));
      const result = await previewMarkdown(IDLE_STATE, form);
      if (!cancelled && result.status === 'ok') setHtml(String(result.values?.html ?? ''));
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [body, rtl]);
  if (!body.trim()) return <p className="text-muted">{emptyLabel}</p>;
  // The HTML comes from rehype-sanitize on the server (the same allow-list as the public page).
  return <div className="prose-article" dir={rtl ? 'rtl' : 'ltr'} dangerouslySetInnerHTML={{ __html: html }} />;
}
