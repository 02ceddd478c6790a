'use client';

import { useActionState, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { removeArticle, saveArticle } from '@/lib/actions/admin/articles';
import { IDLE_STATE, type ActionState } from '@/lib/actions/admin/action-state';
import { slugify } from '@/lib/text/slug';
import { ARTICLE_LANGUAGES, ARTICLE_LIMITS } from '@/lib/validation/article';
import { MarkdownPreview } from './markdown-preview';
import { MediaPicker, type PickedMedia } from './media-picker';
import { useLeaveGuard } from './use-leave-guard';

export interface EditorArticle {
  id: number | null;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  sourceLine: string;
  categoryId: number | '';
  tags: string;
  language: string;
  breaking: boolean;
  commentsOpen: boolean;
  cover: { id: number; key: string } | null;
  coverAlt: string;
  coverCaption: string;
  translationOfId: string;
  scheduleAt: string;
}

interface Props {
  article: EditorArticle;
  status: string;
  publicPath: string | null;
  categories: { id: number; name: string }[];
  tagSuggestions: string[];
  canPublish: boolean;
  canDelete: boolean;
  revisionCount: number;
  /** The result of the save that created this article (after the redirect to its page). */
  savedIntent?: string;
}

/**
 * The article editor: every field is held here, so a refused or failed save loses nothing; a
 * warning stops the editor from leaving with unsaved changes.
 */
export function ArticleEditor({ article, status: initialStatus, publicPath, categories, tagSuggestions, canPublish, canDelete, revisionCount, savedIntent }: Props) {
  const t = useTranslations('Admin');
  const [fields, setFields] = useState(article);
  const [saved, setSaved] = useState(article);
  const [slugTouched, setSlugTouched] = useState(Boolean(article.id));
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [state, formAction] = useActionState<ActionState, FormData>(async (previous, form) => {
    const result = await saveArticle(previous, form);
    if (result.status === 'ok') {
      const slug = String(result.values?.slug ?? fields.slug);
      setFields((f) => ({ ...f, slug }));
      setSaved({ ...fields, slug });
    }
    return result;
  }, savedIntent ? { status: 'ok', message: ({ save: 'saved', review: 'submitted', schedule: 'scheduled', publish: 'published' } as Record<string, string>)[savedIntent] ?? 'saved' } : IDLE_STATE);
  const [deleteState, deleteAction] = useActionState(removeArticle, IDLE_STATE);
  const dirty = useMemo(() => JSON.stringify(fields) !== JSON.stringify(saved), [fields, saved]);
  useLeaveGuard(dirty, t('editor.leaveWarning'));

  const status = String(state.values?.status ?? initialStatus);
  const set = <K extends keyof EditorArticle>(key: K, value: EditorArticle[K]) => setFields((f) => ({ ...f, [key]: value }));
  const errorsOf = (f: string) => (state.errors?.[f] ?? []).map((e) => t(`errors.${e}`));
  const control = (id: string, opts: { help?: boolean } = {}) => describedBy(`editor-${id}`, { help: opts.help, errors: errorsOf(id) });
  const rtl = fields.language === 'ar';
  const message = state.message && (state.status === 'ok' ? t(`editor.${state.message === 'restored' ? 'saved' : state.message}`) : t(`errors.${state.message}`));

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5 pb-28">
      {fields.id && <input type="hidden" name="id" value={fields.id} />}
      <div aria-live="polite">{message && <Notice tone={state.status === 'ok' ? 'ok' : 'error'}>{message}</Notice>}</div>
      {deleteState.status !== 'idle' && deleteState.message && <Notice tone="error">{t(`errors.${deleteState.message}`)}</Notice>}
      <p className="text-sm text-muted">
        {t('common.requiredNote')}{' '}
        <span className="text-urgent" aria-hidden="true">{'*'}</span>
      </p>

      <Field id="editor-title" label={t('editor.title')} required requiredLabel={t('common.required')} errors={errorsOf('title')}>
        <input
          {...control('title')}
          name="title"
          value={fields.title}
          maxLength={ARTICLE_LIMITS.title}
          dir="auto"
          className={`${inputClass} font-kufi text-xl font-bold`}
          onChange={(e) => {
            set('title', e.target.value);
            if (!slugTouched) set('slug', slugify(e.target.value));
          }}
        />
      </Field>
      <Field id="editor-slug" label={t('editor.slug')} help={t('editor.slugHelp')} errors={errorsOf('slug')}>
        <input
          {...control('slug', { help: true })}
          name="slug"
          value={fields.slug}
          maxLength={ARTICLE_LIMITS.slug}
          dir="auto"
          className={inputClass}
          onChange={(e) => {
            setSlugTouched(true);
            set('slug', e.target.value);
          }}
        />
      </Field>
      <Field id="editor-excerpt" label={t('editor.excerpt')} errors={errorsOf('excerpt')}>
        <textarea {...control('excerpt')} name="excerpt" rows={2} value={fields.excerpt} maxLength={ARTICLE_LIMITS.excerpt} dir="auto" className={inputClass} onChange={(e) => set('excerpt', e.target.value)} />
      </Field>

      <div>
        <div role="tablist" aria-label={t('editor.view')} className="mb-2 flex gap-2 xl:hidden">
          {(['write', 'preview'] as const).map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} className="min-h-11 rounded-md border border-line px-4 font-bold aria-selected:bg-brand aria-selected:text-on-brand" onClick={() => setTab(name)}>
              {t(`editor.${name}`)}
            </button>
          ))}
        </div>
        <div className="grid gap-4 xl:grid-cols-2">
          <div className={tab === 'write' ? '' : 'max-xl:hidden'}>
            <Field id="editor-body" label={t('editor.body')} required requiredLabel={t('common.required')} help={t('editor.bodyHelp')} errors={errorsOf('body')}>
              <textarea {...control('body', { help: true })} name="body" rows={22} value={fields.body} dir={rtl ? 'rtl' : 'ltr'} className={`${inputClass} font-naskh text-lg leading-loose`} onChange={(e) => set('body', e.target.value)} />
            </Field>
          </div>
          <section aria-label={t('editor.preview')} className={`rounded-lg border border-line bg-surface p-4 ${tab === 'preview' ? '' : 'max-xl:hidden'}`}>
            <MarkdownPreview body={fields.body} rtl={rtl} emptyLabel={t('editor.previewEmpty')} />
          </section>
        </div>
      </div>

      <div className="grid gap-5 md:grid-cols-2">
        <Field id="editor-categoryId" label={t('editor.category')} required requiredLabel={t('common.required')} errors={errorsOf('categoryId')}>
          <select {...control('categoryId')} name="categoryId" value={fields.categoryId} className={inputClass} onChange={(e) => set('categoryId', e.target.value ? Number(e.target.value) : '')}>
            <option value="">{t('editor.chooseCategory')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </Field>
        <Field id="editor-sourceLine" label={t('editor.sourceLine')} help={t('editor.sourceLineHelp')} errors={errorsOf('sourceLine')}>
          <input {...control('sourceLine', { help: true })} name="sourceLine" value={fields.sourceLine} maxLength={ARTICLE_LIMITS.sourceLine} className={inputClass} onChange={(e) => set('sourceLine', e.target.value)} />
        </Field>
        <Field id="editor-tags" label={t('editor.tags')} help={t('editor.tagsHelp')} errors={errorsOf('tags')}>
          <input {...control('tags', { help: true })} name="tags" list="editor-tag-suggestions" value={fields.tags} className={inputClass} onChange={(e) => set('tags', e.target.value)} />
          <datalist id="editor-tag-suggestions">
            {tagSuggestions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </Field>
        <Field id="editor-translationOfId" label={t('editor.translationOf')} help={t('editor.translationOfHelp')} errors={errorsOf('translationOfId')}>
          <input {...control('translationOfId', { help: true })} name="translationOfId" inputMode="numeric" pattern="[0-9]*" value={fields.translationOfId} dir="ltr" className={inputClass} onChange={(e) => set('translationOfId', e.target.value.replace(/\D/g, ''))} />
        </Field>
        <Field id="editor-language" label={t('editor.language')} errors={errorsOf('language')}>
          <select {...control('language')} name="language" value={fields.language} className={inputClass} onChange={(e) => set('language', e.target.value)}>
            {ARTICLE_LANGUAGES.map((l) => (
              <option key={l} value={l}>{t(`editor.languages.${l}`)}</option>
            ))}
          </select>
        </Field>
      </div>
      <div className="flex flex-wrap gap-6">
        <label className="flex min-h-11 items-center gap-2 font-bold">
          <input type="checkbox" name="breaking" checked={fields.breaking} onChange={(e) => set('breaking', e.target.checked)} className="size-5" />
          {t('editor.breaking')}
        </label>
        <label className="flex min-h-11 items-center gap-2 font-bold">
          <input type="checkbox" name="commentsOpen" checked={fields.commentsOpen} onChange={(e) => set('commentsOpen', e.target.checked)} className="size-5" />
          {t('editor.commentsOpen')}
        </label>
      </div>

      <fieldset className="rounded-lg border border-line p-4">
        <legend className="px-1 font-bold">{t('editor.cover')}</legend>
        <input type="hidden" name="coverId" value={fields.cover?.id ?? ''} />
        <div className="flex flex-wrap items-start gap-4">
          {fields.cover && (
            // eslint-disable-next-line @next/next/no-img-element -- a fixed-size library thumbnail
            <img src={`/media/${fields.cover.key}/320.webp`} alt="" width={320} height={180} className="aspect-video w-64 rounded-md object-cover" />
          )}
          <div className="flex flex-wrap gap-2">
            <MediaPicker
              labels={{ open: fields.cover ? t('editor.changeCover') : t('editor.chooseCover'), title: t('editor.mediaPicker'), search: t('editor.mediaSearch'), close: t('editor.close'), select: t('editor.select') }}
              onPick={(m: PickedMedia) =>
                setFields((f) => ({ ...f, cover: { id: m.id, key: m.key }, coverAlt: f.coverAlt || m.alt, coverCaption: f.coverCaption || m.caption }))
              }
            />
            {fields.cover && (
              <button type="button" className="inline-flex min-h-11 items-center rounded-md border border-line px-4" onClick={() => set('cover', null)}>
                {t('editor.removeCover')}
              </button>
            )}
          </div>
        </div>
        {fields.cover && (
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            <Field id="editor-coverAlt" label={t('editor.coverAlt')} required requiredLabel={t('common.required')} help={t('editor.coverAltHelp')} errors={errorsOf('coverAlt')}>
              <input {...control('coverAlt', { help: true })} name="coverAlt" value={fields.coverAlt} maxLength={ARTICLE_LIMITS.coverAlt} className={inputClass} onChange={(e) => set('coverAlt', e.target.value)} />
            </Field>
            <Field id="editor-coverCaption" label={t('editor.coverCaption')} errors={errorsOf('coverCaption')}>
              <input {...control('coverCaption')} name="coverCaption" value={fields.coverCaption} maxLength={ARTICLE_LIMITS.coverCaption} className={inputClass} onChange={(e) => set('coverCaption', e.target.value)} />
            </Field>
          </div>
        )}
      </fieldset>

      {canPublish && (
        <Field id="editor-scheduleAt" label={t('editor.scheduleAt')} errors={errorsOf('scheduleAt')} className="max-w-sm">
          <input {...control('scheduleAt')} name="scheduleAt" type="datetime-local" value={fields.scheduleAt} dir="ltr" className={inputClass} onChange={(e) => set('scheduleAt', e.target.value)} />
        </Field>
      )}

      <div className="flex flex-wrap gap-4 text-sm">
        <span>{t('editor.status', { status: t(`status.${status}`) })}</span>
        {fields.id && revisionCount > 0 && <Link href={`/admin/articles/${fields.id}/revisions`} className="underline">{t('editor.revisions', { count: revisionCount })}</Link>}
        {fields.id && (status === 'PUBLISHED' && publicPath ? (
          <a href={publicPath} className="underline">{t('editor.viewLive')}</a>
        ) : (
          <a href={`/api/preview?id=${fields.id}`} className="underline">{t('editor.previewLive')}</a>
        ))}
      </div>

      <div className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface/95 p-3 backdrop-blur lg:start-64">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2">
          {dirty && <span className="text-sm font-bold text-urgent">{t('editor.unsaved')}</span>}
          <SubmitButton name="intent" value="save" variant="secondary" label={status === 'PUBLISHED' ? t('editor.update') : t('editor.saveDraft')} pendingLabel={t('editor.saving')} />
          {!canPublish && status !== 'REVIEW' && <SubmitButton name="intent" value="review" label={t('editor.submitReview')} pendingLabel={t('editor.saving')} />}
          {canPublish && status !== 'PUBLISHED' && (
            <>
              <SubmitButton name="intent" value="schedule" variant="secondary" label={t('editor.schedule')} pendingLabel={t('editor.saving')} />
              <SubmitButton name="intent" value="publish" label={t('editor.publish')} pendingLabel={t('editor.saving')} />
            </>
          )}
          {canPublish && (status === 'PUBLISHED' || status === 'SCHEDULED') && (
            <SubmitButton name="intent" value="unpublish" variant="danger" label={t('editor.unpublish')} pendingLabel={t('editor.saving')} />
          )}
          {fields.id && canDelete && (
            <button
              type="submit"
              formAction={deleteAction}
              formNoValidate
              className="ms-auto inline-flex min-h-11 items-center rounded-md border border-urgent px-4 font-bold text-urgent"
              onClick={(e) => {
                if (!window.confirm(t('editor.confirmDelete'))) e.preventDefault();
              }}
            >
              {t('editor.delete')}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
