'use client';

import { useEffect, useRef, useState } from 'react';
import { Icon } from '@/components/ui/icon';

/**
 * Pauses and resumes the ticker; the ticker also stops on hover and keyboard focus. It also
 * writes the list's second copy, hidden from assistive technology and the keyboard, which the
 * loop scrolls in behind the first (the server writes the list once).
 */
export function TickerToggle({ labels }: { labels: { pause: string; play: string } }) {
  const [paused, setPaused] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const list = button.current?.closest('[data-ticker]')?.querySelector('.ticker-list');
    if (!list) return;
    const copy = list.cloneNode(true) as HTMLElement;
    copy.setAttribute('aria-hidden', 'true');
    for (const link of copy.querySelectorAll('a')) link.tabIndex = -1;
    list.after(copy);
    return () => copy.remove();
  }, []);
  return (
    <button
      ref={button}
      type="button"
      aria-label={paused ? labels.play : labels.pause}
      aria-pressed={paused}
      className="ticker-toggle relative z-10 inline-flex size-11 shrink-0 items-center justify-center bg-surface"
      onClick={(e) => {
        const ticker = e.currentTarget.closest('[data-ticker]');
        ticker?.toggleAttribute('data-paused', !paused);
        setPaused(!paused);
      }}
    >
      <Icon name={paused ? 'play' : 'pause'} className="size-4" />
    </button>
  );
}
