'use client';

import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Icon } from '@/components/ui/icon';
import { DOCUMENT_LIMITS } from '@/lib/content/document';
import type { EmbedProvider } from '@/lib/content/embeds';
import { articleById, mediaById, type ArticleTitle, type LibraryItem } from './admin-api';

const fieldClass = 'w-full rounded border border-line bg-surface px-2 py-1.5 text-base';

function useLoaded<T>(load: () => Promise<T | null>, key: unknown): T | null | undefined {
  const [value, setValue] = useState<{ key: unknown; value: T | null } | undefined>();
  useEffect(() => {
    let live = true;
    load().then(
      (v) => live && setValue({ key, value: v }),
      () => live && setValue({ key, value: null }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reloads when the id changes
  }, [key]);
  return value && value.key === key ? value.value : undefined;
}

function Remove({ onClick }: { onClick: () => void }) {
  const t = useTranslations('Admin.richText');
  return (
    <button type="button" onClick={onClick} className="inline-flex min-h-11 items-center rounded border border-line px-3 text-sm">
      {t('remove')}
    </button>
  );
}

/** A library image in the text: its thumbnail, and its alternative text, caption and credit to edit. */
export function FigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const t = useTranslations('Admin.richText');
  const id = Number(node.attrs.mediaId);
  const media = useLoaded<LibraryItem>(() => mediaById(id), id);
  const attr = (name: string) => String(node.attrs[name] ?? '');
  return (
    <NodeViewWrapper as="figure" data-figure className={`my-4 rounded-lg border p-3 ${selected ? 'border-brand' : 'border-line'}`} contentEditable={false}>
      {media ? (
        <img
          src={`/media/${media.key}/640.webp`}
          alt={attr('alt')}
          width={media.width}
          height={media.height}
          className="h-auto max-h-80 w-full rounded object-contain"
        />
      ) : (
        <p className="text-muted">{media === null ? t('imageMissing') : '…'}</p>
      )}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-bold sm:col-span-2">
          {t('imageAlt')}
          <input
            className={fieldClass}
            dir="auto"
            value={attr('alt')}
            maxLength={DOCUMENT_LIMITS.alt}
            onChange={(e) => updateAttributes({ alt: e.target.value })}
          />
        </label>
        <label className="text-sm font-bold">
          {t('imageCaption')}
          <input
            className={fieldClass}
            dir="auto"
            value={attr('caption')}
            maxLength={DOCUMENT_LIMITS.caption}
            onChange={(e) => updateAttributes({ caption: e.target.value || null })}
          />
        </label>
        <label className="text-sm font-bold">
          {t('imageCredit')}
          <input
            className={fieldClass}
            dir="auto"
            value={attr('credit')}
            maxLength={DOCUMENT_LIMITS.credit}
            onChange={(e) => updateAttributes({ credit: e.target.value || null })}
          />
        </label>
      </div>
      <div className="mt-2">
        <Remove onClick={deleteNode} />
      </div>
    </NodeViewWrapper>
  );
}

/** Several library images (imported from WordPress galleries): kept as they are, caption editable. */
export function GalleryView({ node, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const t = useTranslations('Admin.richText');
  const images = (node.attrs.images ?? []) as { mediaId: number; alt: string }[];
  return (
    <NodeViewWrapper as="figure" data-gallery className="my-4 rounded-lg border border-line p-3" contentEditable={false}>
      <p className="font-bold">{t('gallery', { count: images.length })}</p>
      <label className="mt-2 block text-sm font-bold">
        {t('imageCaption')}
        <input
          className={fieldClass}
          dir="auto"
          value={String(node.attrs.caption ?? '')}
          maxLength={DOCUMENT_LIMITS.caption}
          onChange={(e) => updateAttributes({ caption: e.target.value || null })}
        />
      </label>
      <div className="mt-2">
        <Remove onClick={deleteNode} />
      </div>
    </NodeViewWrapper>
  );
}

/** An embedded post or video: the provider and address (the frame never loads in the editor), and its caption. */
export function EmbedView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const t = useTranslations('Admin.richText');
  const tp = useTranslations('Article.embed.provider');
  const provider = node.attrs.provider as EmbedProvider;
  return (
    <NodeViewWrapper
      as="figure"
      data-embed={provider}
      className={`my-4 rounded-lg border bg-line/30 p-3 ${selected ? 'border-brand' : 'border-line'}`}
      contentEditable={false}
    >
      <div className="flex items-center gap-3">
        <Icon name={provider} className="size-8 shrink-0" />
        <div className="min-w-0">
          <p className="font-bold">{t('embedOf', { provider: tp(provider) })}</p>
          <a href={String(node.attrs.url)} target="_blank" rel="noopener noreferrer" dir="ltr" className="block truncate text-sm underline">
            {String(node.attrs.url)}
          </a>
        </div>
      </div>
      <label className="mt-2 block text-sm font-bold">
        {t('embedCaption')}
        <input
          className={fieldClass}
          dir="auto"
          value={String(node.attrs.caption ?? '')}
          maxLength={DOCUMENT_LIMITS.caption}
          onChange={(e) => updateAttributes({ caption: e.target.value || null })}
        />
      </label>
      <div className="mt-2">
        <Remove onClick={deleteNode} />
      </div>
    </NodeViewWrapper>
  );
}

/** «اقرأ أيضاً»: the linked article's headline, and whether readers will see the card. */
export function ReadAlsoView({ node, deleteNode, selected }: ReactNodeViewProps) {
  const t = useTranslations('Admin.richText');
  const id = Number(node.attrs.articleId);
  const article = useLoaded<ArticleTitle>(() => articleById(id), id);
  return (
    <NodeViewWrapper
      as="aside"
      data-read-also
      className={`my-4 rounded-lg border-s-4 bg-surface p-3 shadow-sm ${selected ? 'border-brand' : 'border-line'}`}
      contentEditable={false}
    >
      <p className="text-sm font-bold text-brand-ink">{t('readAlso')}</p>
      <p dir="auto" className="font-kufi text-lg font-bold">
        {article ? article.title : article === null ? t('readAlsoMissing') : '…'}
      </p>
      {article && article.status !== 'PUBLISHED' && <p className="text-sm text-urgent">{t('readAlsoNotLive')}</p>}
      <div className="mt-2">
        <Remove onClick={deleteNode} />
      </div>
    </NodeViewWrapper>
  );
}

/** A quotation with the name of who said it under it. */
export function QuoteView({ node, updateAttributes }: ReactNodeViewProps) {
  const t = useTranslations('Admin.richText');
  return (
    <NodeViewWrapper as="figure" className="my-4">
      <NodeViewContent<'blockquote'> as="blockquote" />
      <label contentEditable={false} className="mt-1 flex items-center gap-2 ps-5 text-sm font-bold">
        {t('quoteSource')}
        <input
          className={fieldClass}
          dir="auto"
          value={String(node.attrs.source ?? '')}
          maxLength={DOCUMENT_LIMITS.quoteSource}
          onChange={(e) => updateAttributes({ source: e.target.value || null })}
        />
      </label>
    </NodeViewWrapper>
  );
}
