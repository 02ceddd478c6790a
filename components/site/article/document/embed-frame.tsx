'use client';

import { useState } from 'react';
import { Icon } from '@/components/ui/icon';
import type { EmbedProvider } from '@/lib/content/embeds';
import { useHydrated } from '@/components/site/use-hydrated';

interface Props {
  /** The provider's frame address; null when the stored address is no longer one of its posts. */
  frame: string | null;
  aspect: number;
  title: string;
  loadLabel: string;
  notice: string;
  provider: EmbedProvider;
  providerName: string;
}

/** The placeholder's box; after the reader's click, the provider's frame in the same box. */
export function EmbedFrame({ frame, aspect, title, loadLabel, notice, provider, providerName }: Props) {
  const hydrated = useHydrated();
  const [loaded, setLoaded] = useState(false);
  // Tall posts (9:16) would fill a phone: their box is capped and centred.
  const box = { aspectRatio: String(aspect), maxHeight: aspect < 1 ? '80vh' : undefined };
  if (loaded && frame) {
    return (
      <div className="mx-auto w-full max-w-xl overflow-hidden rounded-lg bg-line" style={box}>
        <iframe
          src={frame}
          title={title}
          className="size-full"
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  return (
    <div
      className="mx-auto flex w-full max-w-xl flex-col items-center justify-center gap-3 rounded-lg border border-line bg-line/40 p-4 text-center"
      style={box}
    >
      <Icon name={provider} className="size-10" />
      <span className="font-kufi font-bold">{providerName}</span>
      {hydrated && frame && (
        <>
          <button type="button" onClick={() => setLoaded(true)} className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 font-bold text-on-brand">
            {loadLabel}
          </button>
          <p className="max-w-sm text-sm text-muted">{notice}</p>
        </>
      )}
    </div>
  );
}
