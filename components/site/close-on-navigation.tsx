'use client';

import { useEffect, useRef } from 'react';
import { usePathname } from '@/i18n/navigation';

/** Closes the <details> it sits in when the reader moves to another page. */
export function CloseOnNavigation() {
  const ref = useRef<HTMLSpanElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    const details = ref.current?.closest('details');
    if (details) details.open = false;
  }, [pathname]);
  return <span ref={ref} hidden />;
}
