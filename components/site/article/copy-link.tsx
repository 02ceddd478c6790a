'use client';

import { useState } from 'react';
import { Icon } from '@/components/ui/icon';
import { useHydrated } from '../use-hydrated';

/**
 * Copies the article's address. Its place is kept, unseen, until it can work (JavaScript and a
 * clipboard), so that the share row does not grow under the reader's eyes.
 */
export function CopyLink({ url, labels }: { url: string; labels: { copy: string; copied: string } }) {
  const [copied, setCopied] = useState(false);
  const ready = useHydrated() && Boolean(navigator.clipboard);
  return (
    <button
      type="button"
      disabled={!ready}
      className={`inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 hover:bg-line ${ready ? '' : 'invisible'}`}
      onClick={async () => {
        await navigator.clipboard.writeText(url);
        setCopied(true);
        setTimeout(() => setCopied(false), 2500);
      }}
    >
      <Icon name="link" className="size-5" />
      <span aria-live="polite">{copied ? labels.copied : labels.copy}</span>
    </button>
  );
}
