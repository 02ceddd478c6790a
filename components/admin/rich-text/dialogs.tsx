'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { inputClass } from '@/components/ui/field';
import { Icon } from '@/components/ui/icon';
import { IDLE_STATE } from '@/lib/actions/admin/action-state';
import { uploadMedia } from '@/lib/actions/admin/media';
import { safeHref } from '@/lib/content/document';
import { recogniseEmbed, type RecognisedEmbed } from '@/lib/content/embeds';
import { MEDIA_TEXT_LIMITS } from '@/lib/validation/media';
import { searchArticles, searchMedia, type ArticleTitle, type LibraryItem } from './admin-api';
import { useSearch } from './use-search';
import { DOCUMENT_LIMITS } from '@/lib/content/document';

/**
 * A modal dialog, open while `open` is true; Escape and the close button call onClose. Rendered
 * at the end of <body>: its forms must not sit inside the article's form.
 */
export function EditorDialog({
  open,
  title,
  onClose,
  children,
  wide = false,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const t = useTranslations('Admin.richText');
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
    if (!open && ref.current?.open) ref.current.close();
  }, [open]);
  if (!open) return null;
  return createPortal(
    <dialog
      ref={ref}
      aria-label={title}
      onClose={onClose}
      className={`m-auto ${wide ? 'w-[min(56rem,95vw)]' : 'w-[min(32rem,95vw)]'} rounded-lg border border-line bg-surface p-0 text-fg backdrop:bg-black/60`}
    >
      <div className="flex items-center justify-between gap-2 border-b border-line p-4">
        <h2 className="font-kufi text-lg font-bold">{title}</h2>
        <button
          type="button"
          onClick={onClose}
          className="inline-flex size-11 items-center justify-center rounded-md border border-line"
          aria-label={t('close')}
        >
          <Icon name="close" />
        </button>
      </div>
      <div className="p-4">{children}</div>
    </dialog>,
    document.body,
  );
}

function Buttons({ submit, onCancel }: { submit: string; onCancel: () => void }) {
  const t = useTranslations('Admin.richText');
  return (
    <div className="mt-4 flex gap-2">
      <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-bold text-on-brand">
        {submit}
      </button>
      <button type="button" onClick={onCancel} className="inline-flex min-h-11 items-center rounded-md border border-line px-4">
        {t('cancel')}
      </button>
    </div>
  );
}

function ErrorLine({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm font-bold text-urgent">
      {message}
    </p>
  );
}

/** The address of a link (empty removes it). */
export function LinkForm({ initial, onApply, onCancel }: { initial: string; onApply: (href: string | null) => void; onCancel: () => void }) {
  const t = useTranslations('Admin.richText');
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
        const href = value.trim();
        if (!href) return onApply(null);
        const withScheme = /^[a-z]+:|^\/|^#/i.test(href) ? href : `https://${href}`;
        if (!safeHref.safeParse(withScheme).success) return setError(t('linkInvalid'));
        onApply(withScheme);
      }}
    >
      <label htmlFor="rt-link" className="mb-1 block font-bold">
        {t('linkAddress')}
      </label>
      <input
        id="rt-link"
        autoFocus
        dir="ltr"
        inputMode="url"
        className={inputClass}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby="rt-link-error"
        onChange={(e) => (setValue(e.target.value), setError(null))}
      />
      <ErrorLine id="rt-link-error" message={error} />
      <Buttons submit={t('apply')} onCancel={onCancel} />
    </form>
  );
}

/** The address of a post or video; recognised as the reader will get it, or refused with why. */
export function EmbedForm({ onInsert, onCancel }: { onInsert: (found: RecognisedEmbed, caption: string) => void; onCancel: () => void }) {
  const t = useTranslations('Admin.richText');
  const [url, setUrl] = useState('');
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
        const found = recogniseEmbed(url);
        if (!found) return setError(t('embedUnknown'));
        onInsert(found, caption.trim());
      }}
    >
      <label htmlFor="rt-embed" className="mb-1 block font-bold">
        {t('embedAddress')}
      </label>
      <input
        id="rt-embed"
        autoFocus
        dir="ltr"
        inputMode="url"
        className={inputClass}
        value={url}
        aria-invalid={Boolean(error)}
        aria-describedby="rt-embed-help rt-embed-error"
        onChange={(e) => (setUrl(e.target.value), setError(null))}
      />
      <p id="rt-embed-help" className="mt-1 text-sm text-muted">
        {t('embedHelp')}
      </p>
      <ErrorLine id="rt-embed-error" message={error} />
      <label htmlFor="rt-embed-caption" className="mb-1 mt-3 block font-bold">
        {t('embedCaption')}
      </label>
      <input
        id="rt-embed-caption"
        dir="auto"
        className={inputClass}
        value={caption}
        maxLength={DOCUMENT_LIMITS.caption}
        onChange={(e) => setCaption(e.target.value)}
      />
      <Buttons submit={t('insert')} onCancel={onCancel} />
    </form>
  );
}

/** An article of the site for a «اقرأ أيضاً» card, found by its headline's words. */
export function ReadAlsoPicker({ onPick }: { onPick: (article: ArticleTitle) => void }) {
  const t = useTranslations('Admin.richText');
  const { items, pending, load } = useSearch<ArticleTitle>(searchArticles);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the first list, once
  useEffect(() => load(''), []);
  return (
    <div>
      <label htmlFor="rt-read-also" className="mb-1 block font-bold">
        {t('readAlsoSearch')}
      </label>
      <input id="rt-read-also" type="search" autoFocus className={inputClass} onChange={(e) => load(e.target.value)} />
      <ul aria-busy={pending} aria-label={t('readAlsoResults')} className="mt-3 flex max-h-[50vh] flex-col gap-1 overflow-y-auto">
        {items.map((a) => (
          <li key={a.id}>
            <button type="button" onClick={() => onPick(a)} className="block min-h-11 w-full rounded-md border border-line p-2 text-start hover:border-brand">
              <span dir="auto" className="block font-bold">
                {a.title}
              </span>
              <span className="text-sm text-muted">{a.category}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** An image of the library, or a new one uploaded here, with its caption and credit. */
export function ImagePicker({ onPick }: { onPick: (media: LibraryItem) => void }) {
  const t = useTranslations('Admin.richText');
  const te = useTranslations('Admin.errors');
  const { items, pending, load, startTransition } = useSearch<LibraryItem>(searchMedia);
  const [uploadError, setUploadError] = useState<string | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the first list, once
  useEffect(() => load(''), []);
  const upload = (form: HTMLFormElement) =>
    startTransition(async () => {
      const data = new FormData(form);
      const result = await uploadMedia(IDLE_STATE, data);
      if (result.status !== 'ok' || !result.id)
        return setUploadError(te(result.errors?.file?.[0] ?? (result.status === 'ok' ? undefined : result.message) ?? 'checkFields'));
      onPick({
        id: result.id,
        key: '',
        width: 0,
        height: 0,
        alt: String(data.get('alt') ?? ''),
        caption: String(data.get('caption') ?? ''),
        credit: String(data.get('credit') ?? ''),
      });
    });
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
      <section aria-label={t('library')}>
        <label htmlFor="rt-media-search" className="mb-1 block font-bold">
          {t('librarySearch')}
        </label>
        <input id="rt-media-search" type="search" autoFocus className={inputClass} onChange={(e) => load(e.target.value)} />
        <ul aria-busy={pending} className="mt-3 grid max-h-[50vh] grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-3">
          {items.map((m) => (
            <li key={m.id}>
              <button type="button" onClick={() => onPick(m)} className="block w-full rounded-md border border-line p-1 text-start hover:border-brand">
                <img src={`/media/${m.key}/320.webp`} alt="" width={320} height={180} loading="lazy" className="aspect-video w-full rounded object-cover" />
                <span className="mt-1 block truncate text-sm">{m.alt || m.caption || `#${m.id}`}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <form
        aria-label={t('upload')}
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
          upload(e.currentTarget);
        }}
      >
        <h3 className="font-bold">{t('upload')}</h3>
        <label className="text-sm font-bold">
          {t('uploadFile')}
          <input name="file" type="file" accept="image/*" required className="mt-1 block w-full text-sm" />
        </label>
        <label className="text-sm font-bold">
          {t('imageAlt')}
          <input name="alt" dir="auto" required maxLength={MEDIA_TEXT_LIMITS.alt} className={inputClass} />
        </label>
        <label className="text-sm font-bold">
          {t('imageCaption')}
          <input name="caption" dir="auto" maxLength={MEDIA_TEXT_LIMITS.caption} className={inputClass} />
        </label>
        <label className="text-sm font-bold">
          {t('imageCredit')}
          <input name="credit" dir="auto" maxLength={MEDIA_TEXT_LIMITS.credit} className={inputClass} />
        </label>
        <ErrorLine id="rt-upload-error" message={uploadError} />
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-4 font-bold text-on-brand disabled:opacity-60"
        >
          {pending ? t('uploading') : t('uploadAndInsert')}
        </button>
      </form>
    </div>
  );
}
