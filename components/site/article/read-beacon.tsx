'use client';

import { useEffect } from 'react';
import { InlineScript } from '@/components/shell/inline-script';
import { countRead } from '../page-scripts/count-read';

/** Counts the article's read: at load by the page's own script, after a client navigation by the effect. */
export function ReadBeacon({ articleId }: { articleId: number }) {
  useEffect(() => countRead(articleId), [articleId]);
  return <InlineScript run={countRead} args={[articleId]} />;
}
