'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { timeAgo } from '@/lib/text/dates';

/**
 * One island for every publication time on the page (TimeAgo): each gets how long ago it was in
 * the reader's language, again every minute. Beyond a week the date stays, as it reads better.
 */
export function RelativeTimes() {
  const t = useTranslations('Time');
  useEffect(() => {
    const update = () => {
      const now = new Date();
      for (const time of document.querySelectorAll<HTMLTimeElement>('time.time-ago')) {
        const ago = timeAgo(new Date(time.dateTime), now);
        if (!ago) {
          delete time.dataset.ago;
          continue;
        }
        time.dataset.ago = ago.unit === 'now' ? t('now') : t(ago.unit, { count: ago.count });
        // The date, hidden under it, on hover.
        time.title ||= time.textContent ?? '';
      }
    };
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [t]);
  return null;
}
