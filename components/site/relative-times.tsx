'use client';

import { useEffect } from 'react';
import { InlineScript } from '@/components/shell/inline-script';
import { markTimesAgo, type TimePhrases } from './page-scripts/times-ago';

/**
 * Every publication time's «منذ …»: at load by the page's own script, before the framework
 * arrives, then again every minute and on the pages a client navigation brings.
 */
export function RelativeTimes({ locale, phrases }: { locale: string; phrases: TimePhrases }) {
  useEffect(() => {
    const update = () => markTimesAgo(phrases, locale);
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [locale, phrases]);
  return <InlineScript run={markTimesAgo} args={[phrases, locale]} />;
}
