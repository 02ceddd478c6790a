'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { timeAgo } from '@/lib/text/dates';

/**
 * A publication time. Cached pages are rendered once and served for hours, so the server writes
 * the absolute date; the browser turns it into «منذ 3 ساعات» against its own clock. The relative
 * text is laid over the absolute one, which keeps its width: nothing around it moves.
 */
export function TimeAgo({ iso, absolute, className }: { iso: string; absolute: string; className?: string }) {
  const t = useTranslations('Time');
  const [relative, setRelative] = useState<string | null>(null);
  useEffect(() => {
    const update = () => {
      const ago = timeAgo(new Date(iso), new Date());
      setRelative(ago === null ? null : ago.unit === 'now' ? t('now') : t(ago.unit, { count: ago.count }));
    };
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [iso, t]);
  return (
    <time dateTime={iso} title={absolute} className={`inline-grid ${className ?? ''}`}>
      <span className={`[grid-area:1/1] ${relative ? 'invisible' : ''}`}>{absolute}</span>
      {relative && <span className="[grid-area:1/1]">{relative}</span>}
    </time>
  );
}
