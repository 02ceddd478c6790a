'use client';

import { useRef, useState, useTransition } from 'react';

/**
 * Results of the latest query only: the list that opens with the dialog may answer after the words
 * typed since, and must not replace their results.
 */
export function useSearch<T>(search: (q: string) => Promise<T[]>) {
  const [items, setItems] = useState<T[]>([]);
  const [pending, startTransition] = useTransition();
  const latest = useRef<string | null>(null);
  const load = (q: string) => {
    latest.current = q;
    startTransition(async () => {
      const found = await search(q).catch(() => []);
      if (latest.current === q) setItems(found);
    });
  };
  return { items, pending, load, startTransition };
}
