'use client';

import { useId, useRef } from 'react';
import { searchMedia } from '@/components/admin/rich-text/admin-api';
import { useSearch } from '@/components/admin/rich-text/use-search';
import { inputClass } from '@/components/ui/field';

export interface PickedMedia {
  id: number;
  key: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

interface Props {
  labels: { open: string; title: string; search: string; close: string; select: string };
  onPick: (media: PickedMedia) => void;
}

/** A dialog over the media library: search, then choose an image for the cover. */
export function MediaPicker({ labels, onPick }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const searchId = useId();
  const { items, pending, load } = useSearch<PickedMedia>(searchMedia);
  return (
    <>
      <button
        type="button"
        className="inline-flex min-h-11 items-center rounded-md border border-line px-4 font-bold"
        onClick={() => {
          dialog.current?.showModal();
          load('');
        }}
      >
        {labels.open}
      </button>
      <dialog
        ref={dialog}
        aria-label={labels.title}
        className="m-auto w-[min(56rem,95vw)] rounded-lg border border-line bg-surface p-0 text-fg backdrop:bg-black/60"
      >
        <div className="flex items-center justify-between gap-2 border-b border-line p-4">
          <h2 className="font-kufi text-lg font-bold">{labels.title}</h2>
          <button type="button" className="inline-flex min-h-11 items-center rounded-md border border-line px-3" onClick={() => dialog.current?.close()}>
            {labels.close}
          </button>
        </div>
        <div className="p-4">
          <label className="sr-only" htmlFor={searchId}>
            {labels.search}
          </label>
          <input id={searchId} type="search" placeholder={labels.search} className={inputClass} onChange={(e) => load(e.target.value)} />
          <ul aria-busy={pending} className="mt-4 grid max-h-[60vh] grid-cols-2 gap-3 overflow-y-auto sm:grid-cols-3 md:grid-cols-4">
            {items.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="block w-full rounded-md border border-line p-1 text-start hover:border-brand"
                  onClick={() => {
                    onPick(m);
                    dialog.current?.close();
                  }}
                >
                  <img src={`/media/${m.key}/320.webp`} alt="" width={320} height={180} className="aspect-video w-full rounded object-cover" loading="lazy" />
                  <span className="mt-1 block truncate text-sm">{m.alt || m.caption || `#${m.id}`}</span>
                  <span className="sr-only">{labels.select}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </dialog>
    </>
  );
}
