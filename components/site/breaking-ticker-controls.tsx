'use client';

import { useState } from 'react';
import { Icon } from '@/components/ui/icon';

/** Pauses and resumes the ticker; the ticker also stops on hover and keyboard focus. */
export function TickerToggle({ labels }: { labels: { pause: string; play: string } }) {
  const [paused, setPaused] = useState(false);
  return (
    <button
      type="button"
      aria-label={paused ? labels.play : labels.pause}
      aria-pressed={paused}
      className="relative z-10 inline-flex size-11 shrink-0 items-center justify-center bg-surface"
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
