'use client';

import { useEffect, useState } from 'react';
import { usePlainLocale, usePlainTranslations } from '@/components/shell/plain-messages-provider';
import { CommentView } from './comment-view';

type Mine = { id: number; authorName: string; body: string; createdAt: string; createdAtText: string };

/**
 * The reader's own comments that still wait for a moderator. The page is the same cached page for
 * everyone; this asks the server, with the reader's signed cookie, for what only they may see.
 */
export function MyPendingComments({ articleId }: { articleId: number }) {
  const t = usePlainTranslations('Comments');
  const locale = usePlainLocale();
  const [mine, setMine] = useState<Mine[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/comments/mine?article=${articleId}&locale=${locale}`, { signal: controller.signal, cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : []))
      .then((list: Mine[]) => setMine(list))
      .catch(() => {});
    return () => controller.abort();
  }, [articleId, locale]);
  if (!mine.length) return null;
  return (
    <ul className="mb-6 flex flex-col gap-4">
      {mine.map((c) => (
        <li key={c.id} className="rounded-md border border-dashed border-line p-4">
          <p className="mb-2 text-sm font-bold">{t('awaitingModeration')}</p>
          <CommentView locale={locale} comment={c} badge={t('yourComment')} />
        </li>
      ))}
    </ul>
  );
}
