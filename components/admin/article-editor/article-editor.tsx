'use client';

import { useActionState, useId, useMemo, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Icon } from '@/components/ui/icon';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { removeArticle, saveArticle } from '@/lib/actions/admin/articles';
import { IDLE_STATE, type ActionState } from '@/lib/actions/admin/action-state';
import { slugify } from '@/lib/text/slug';
import {
  ARTICLE_LANGUAGES,
  ARTICLE_LIMITS,
  ARTICLE_STATUSES,
  INTENT_DONE,
  type ArticleStatusName,
  isArticleDone,
  type ArticleIntent,
} from '@/lib/validation/article';
import { MediaPicker, type PickedMedia } from './media-picker';
import { useLeaveGuard } from './use-leave-guard';
import { PlainTextEditor } from '@/components/admin/rich-text/plain-text-editor';
import { RichTextEditor } from '@/components/admin/rich-text/rich-text-editor';
import { discardAutosave } from '@/lib/actions/admin/autosave';
import { bodyConflicts, mergeArticle, type MergeResult } from '@/lib/content/merge';
import { formatClock } from '@/lib/text/dates';
import type { AutosaveContent, EditorFields } from '@/lib/validation/article-draft';
import { ScheduleField } from './schedule-field';
import { ConflictPanel } from './conflict-panel';
import { useAutosave } from './use-autosave';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';

export type EditorArticle = EditorFields;

/** What the server sent back when another editor saved first. */
type ConflictPayload = { version: number; editorName: string; savedAt: string; fields: EditorFields };

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
  /** The article's version this screen started from (0 for a new article). */
  version: number;
  /**
   * Unsaved work an autosave kept, offered back when it differs from the article; `savedAtClock`
   * is formatted by the server, so that the page hydrates whatever the browser's time-zone data.
   */
  recovered: (AutosaveContent & { baseVersion: number; savedAtClock: string }) | null;
  /** Month names in the admin's language, for the publication date. */
  months: string[];
}

/**
 * The article editor: every field is held here, so a refused or failed save loses nothing; a
 * warning stops the editor from leaving with unsaved changes.
 */
export function ArticleEditor({
  article,
  status: initialStatus,
  publicPath,
  categories,
  tagSuggestions,
  canPublish,
  canDelete,
  revisionCount,
  savedIntent,
  version,
  recovered,
  months,
}: Props) {
  const t = useTranslations('Admin');
  const locale = useLocale();
  const [fields, setFields] = useState(article);
  // The version the work started from and its fields: the base of a merge when someone else saved since.
  const [saved, setSaved] = useState(article);
  const [baseVersion, setBaseVersion] = useState(version);
  const [offer, setOffer] = useState(recovered && JSON.stringify(recovered.fields) !== JSON.stringify(article) ? recovered : null);
  const [merge, setMerge] = useState<{ result: MergeResult<EditorFields>; other: ConflictPayload } | null>(null);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [slugTouched, setSlugTouched] = useState(Boolean(article.id));
  // Bumped when the fields are replaced from outside (a restored autosave, a merge): the editors start again from them.
  const [generation, setGeneration] = useState(0);
  const replaceFields = (next: EditorFields) => {
    setFields(next);
    setGeneration((g) => g + 1);
  };
  const [state, formAction] = useActionState<ActionState, FormData>(
    async (previous, form) => {
      setNotice(null);
      const result = await saveArticle(previous, form);
      if (result.status === 'ok') {
        const slug = String(result.values?.slug ?? fields.slug);
        setFields((f) => ({ ...f, slug }));
        setSaved({ ...fields, slug });
        setBaseVersion(Number(result.values?.version ?? baseVersion));
        setMerge(null);
      }
      if (result.message === 'conflict' && result.values?.conflict) {
        // Someone saved a newer version: merge their work with mine against the version we both started from.
        const other = result.values.conflict as ConflictPayload;
        const merged = mergeArticle(saved, fields, other.fields);
        const time = formatClock(new Date(other.savedAt), locale);
        setSaved(other.fields);
        setBaseVersion(other.version);
        if (merged.fieldConflicts.length || bodyConflicts(merged.body).length) {
          setMerge({ result: merged, other });
          setNotice({ tone: 'error', text: t('editor.conflictChoose', { name: other.editorName, time }) });
        } else {
          replaceFields(merged.fields);
          setNotice({ tone: 'error', text: t('editor.conflictMerged', { name: other.editorName, time }) });
        }
        return { status: 'idle' };
      }
      return result;
    },
    savedIntent ? { status: 'ok', message: INTENT_DONE[savedIntent as ArticleIntent] ?? 'saved' } : IDLE_STATE,
  );
  const { formAction: deleteAction, refusal: deleteRefusal } = useActionFeedback(removeArticle);
  const dirty = useMemo(() => JSON.stringify(fields) !== JSON.stringify(saved), [fields, saved]);
  useLeaveGuard(dirty, t('editor.leaveWarning'));
  const autosave = useAutosave(fields, saved, baseVersion, dirty);

  const saidStatus = String(state.values?.status ?? initialStatus);
  const status = (ARTICLE_STATUSES as readonly string[]).includes(saidStatus) ? (saidStatus as ArticleStatusName) : 'DRAFT';
  const set = <K extends keyof EditorArticle>(key: K, value: EditorArticle[K]) => setFields((f) => ({ ...f, [key]: value }));
  // Ids unique to this form: the page navigated away from (e.g. the new-article form after its
  // first save) stays in the document, hidden, and its fields must not answer to these labels.
  const formId = useId();
  const idOf = (field: string) => `editor${formId}${field}`;
  const errorsOf = (f: string) => (state.errors?.[f] ?? []).map((e) => t(`errors.${e}`));
  const control = (id: string, opts: { help?: boolean } = {}) => describedBy(idOf(id), { help: opts.help, errors: errorsOf(id) });
  const rtl = fields.language === 'ar';
  // A restored revision is saved too.
  const message = !state.message
    ? null
    : state.status === 'ok'
      ? t(`editor.${isArticleDone(state.message) ? state.message : 'saved'}`)
      : t(`errors.${state.message}`);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5 pb-28">
      {fields.id && <input type="hidden" name="id" value={fields.id} />}
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <div aria-live="polite">
        {message && <Notice tone={state.status === 'ok' ? 'ok' : 'error'}>{message}</Notice>}
        {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      </div>
      {offer && (
        <div role="region" aria-label={t('editor.recoverTitle')} className="flex flex-wrap items-center gap-3 rounded-lg border-2 border-brand bg-surface p-4">
          <p className="font-bold">{t('editor.recoverOffer', { time: offer.savedAtClock })}</p>
          <button
            type="button"
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-bold text-on-brand"
            onClick={() => {
              setSaved(offer.base);
              setBaseVersion(offer.baseVersion);
              replaceFields(offer.fields);
              setOffer(null);
              setNotice({ tone: 'ok', text: t('editor.recovered') });
            }}
          >
            {t('editor.recover')}
          </button>
          <button
            type="button"
            className="inline-flex min-h-11 items-center rounded-md border border-line px-4"
            onClick={() => {
              const form = new FormData();
              if (fields.id) form.set('id', String(fields.id));
              void discardAutosave(IDLE_STATE, form);
              setOffer(null);
            }}
          >
            {t('editor.discard')}
          </button>
        </div>
      )}
      {merge && (
        <ConflictPanel
          merge={merge.result}
          otherName={merge.other.editorName}
          onResolve={(resolved) => {
            replaceFields(resolved);
            setMerge(null);
            setNotice({ tone: 'ok', text: t('editor.conflictResolved') });
          }}
        />
      )}
      {deleteRefusal && <Notice tone="error">{deleteRefusal}</Notice>}
      <p className="text-sm text-muted">
        {t('common.requiredNote')}{' '}
        <span className="text-urgent" aria-hidden="true">
          {'*'}
        </span>
      </p>

      <Field id={idOf('title')} label={t('editor.title')} required requiredLabel={t('common.required')} errors={errorsOf('title')}>
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
      <Field id={idOf('slug')} label={t('editor.slug')} help={t('editor.slugHelp')} errors={errorsOf('slug')}>
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
      <Field id={idOf('excerpt')} label={t('editor.excerpt')} help={t('editor.excerptHelp')} errors={errorsOf('excerpt')}>
        <input type="hidden" name="excerpt" value={fields.excerpt} />
        <PlainTextEditor
          key={`excerpt-${generation}`}
          initial={fields.excerpt}
          dir={rtl ? 'rtl' : 'ltr'}
          labelledBy={idOf('excerpt-label')}
          describedBy={control('excerpt', { help: true })['aria-describedby']}
          maxLength={ARTICLE_LIMITS.excerpt}
          onChange={(text) => set('excerpt', text)}
        />
      </Field>

      <Field id={idOf('body')} label={t('editor.body')} required requiredLabel={t('common.required')} help={t('editor.bodyHelp')} errors={errorsOf('body')}>
        <input type="hidden" name="body" value={JSON.stringify(fields.body)} />
        <RichTextEditor
          key={`body-${generation}`}
          initial={fields.body}
          dir={rtl ? 'rtl' : 'ltr'}
          labelledBy={idOf('body-label')}
          describedBy={control('body', { help: true })['aria-describedby']}
          invalid={errorsOf('body').length > 0}
          onChange={(doc) => set('body', doc)}
        />
      </Field>

      <div className="grid gap-5 md:grid-cols-2">
        <Field id={idOf('categoryId')} label={t('editor.category')} required requiredLabel={t('common.required')} errors={errorsOf('categoryId')}>
          <select
            {...control('categoryId')}
            name="categoryId"
            value={fields.categoryId}
            className={inputClass}
            onChange={(e) => set('categoryId', e.target.value ? Number(e.target.value) : '')}
          >
            <option value="">{t('editor.chooseCategory')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={idOf('sourceOutlet')} label={t('editor.sourceOutlet')} help={t('editor.sourceOutletHelp')} errors={errorsOf('sourceOutlet')}>
          <input
            {...control('sourceOutlet', { help: true })}
            name="sourceOutlet"
            value={fields.sourceOutlet}
            maxLength={ARTICLE_LIMITS.sourceOutlet}
            dir="auto"
            className={inputClass}
            onChange={(e) => set('sourceOutlet', e.target.value)}
          />
        </Field>
        <Field id={idOf('sourceLine')} label={t('editor.sourceLine')} help={t('editor.sourceLineHelp')} errors={errorsOf('sourceLine')}>
          <input
            {...control('sourceLine', { help: true })}
            name="sourceLine"
            value={fields.sourceLine}
            maxLength={ARTICLE_LIMITS.sourceLine}
            className={inputClass}
            onChange={(e) => set('sourceLine', e.target.value)}
          />
        </Field>
        <Field id={idOf('tags')} label={t('editor.tags')} help={t('editor.tagsHelp')} errors={errorsOf('tags')}>
          <input
            {...control('tags', { help: true })}
            name="tags"
            list={idOf('tag-suggestions')}
            value={fields.tags}
            className={inputClass}
            onChange={(e) => set('tags', e.target.value)}
          />
          <datalist id={idOf('tag-suggestions')}>
            {tagSuggestions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </Field>
        <Field id={idOf('translationOfId')} label={t('editor.translationOf')} help={t('editor.translationOfHelp')} errors={errorsOf('translationOfId')}>
          <input
            {...control('translationOfId', { help: true })}
            name="translationOfId"
            inputMode="numeric"
            pattern="[0-9]*"
            value={fields.translationOfId}
            dir="ltr"
            className={inputClass}
            onChange={(e) => set('translationOfId', e.target.value.replace(/\D/g, ''))}
          />
        </Field>
        <Field id={idOf('language')} label={t('editor.language')} errors={errorsOf('language')}>
          <select
            {...control('language')}
            name="language"
            value={fields.language}
            className={inputClass}
            onChange={(e) => set('language', e.target.value as EditorFields['language'])}
          >
            {ARTICLE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`editor.languages.${l}`)}
              </option>
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
        {!fields.cover && status !== 'PUBLISHED' && (
          <p id={idOf('no-cover')} className="mb-3 flex items-start gap-2 rounded-md border border-urgent p-3 text-sm font-bold text-urgent">
            <Icon name="warning" className="mt-0.5 size-5 shrink-0" />
            {t('editor.noCover')}
          </p>
        )}
        <div className="flex flex-wrap items-start gap-4">
          {fields.cover && (
            <img src={`/media/${fields.cover.key}/320.webp`} alt="" width={320} height={180} className="aspect-video w-64 rounded-md object-cover" />
          )}
          <div className="flex flex-wrap gap-2">
            <MediaPicker
              labels={{
                open: fields.cover ? t('editor.changeCover') : t('editor.chooseCover'),
                title: t('editor.mediaPicker'),
                search: t('editor.mediaSearch'),
                close: t('editor.close'),
                select: t('editor.select'),
              }}
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
            <Field
              id={idOf('coverAlt')}
              label={t('editor.coverAlt')}
              required
              requiredLabel={t('common.required')}
              help={t('editor.coverAltHelp')}
              errors={errorsOf('coverAlt')}
            >
              <input
                {...control('coverAlt', { help: true })}
                name="coverAlt"
                value={fields.coverAlt}
                maxLength={ARTICLE_LIMITS.coverAlt}
                className={inputClass}
                onChange={(e) => set('coverAlt', e.target.value)}
              />
            </Field>
            <Field id={idOf('coverCaption')} label={t('editor.coverCaption')} errors={errorsOf('coverCaption')}>
              <input
                {...control('coverCaption')}
                name="coverCaption"
                value={fields.coverCaption}
                maxLength={ARTICLE_LIMITS.coverCaption}
                className={inputClass}
                onChange={(e) => set('coverCaption', e.target.value)}
              />
            </Field>
          </div>
        )}
      </fieldset>

      {canPublish && (
        <ScheduleField
          key={`schedule-${generation}`}
          id={idOf('scheduleAt')}
          value={fields.scheduleAt}
          onChange={(v) => set('scheduleAt', v)}
          months={months}
          errors={errorsOf('scheduleAt')}
        />
      )}

      <div className="flex flex-wrap gap-4 text-sm">
        <span>{t('editor.status', { status: t(`status.${status}`) })}</span>
        {fields.id && revisionCount > 0 && (
          <Link href={`/admin/articles/${fields.id}/revisions`} className="underline">
            {t('editor.revisions', { count: revisionCount })}
          </Link>
        )}
        {fields.id &&
          (status === 'PUBLISHED' && publicPath ? (
            <a href={publicPath} className="underline">
              {t('editor.viewLive')}
            </a>
          ) : (
            <a href={`/api/preview?id=${fields.id}`} className="underline">
              {t('editor.previewLive')}
            </a>
          ))}
      </div>

      <div className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface/95 p-3 backdrop-blur lg:start-64">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2">
          <span role="status" className="text-sm">
            {autosave.state === 'saving' ? (
              t('editor.autosaving')
            ) : autosave.state === 'failed' ? (
              <span className="font-bold text-urgent">{t('editor.autosaveFailed')}</span>
            ) : autosave.savedAt ? (
              t('editor.autosaved', { time: formatClock(autosave.savedAt, locale) })
            ) : dirty ? (
              <span className="font-bold text-urgent">{t('editor.unsaved')}</span>
            ) : null}
          </span>
          <SubmitButton
            name="intent"
            value="save"
            variant="secondary"
            label={status === 'PUBLISHED' ? t('editor.update') : t('editor.saveDraft')}
            pendingLabel={t('editor.saving')}
          />
          {!canPublish && status !== 'REVIEW' && (
            <SubmitButton name="intent" value="review" label={t('editor.submitReview')} pendingLabel={t('editor.saving')} />
          )}
          {canPublish && status !== 'PUBLISHED' && (
            <>
              <SubmitButton name="intent" value="schedule" variant="secondary" label={t('editor.schedule')} pendingLabel={t('editor.saving')} />
              <SubmitButton
                name="intent"
                value="publish"
                label={t('editor.publish')}
                pendingLabel={t('editor.saving')}
                aria-describedby={fields.cover ? undefined : idOf('no-cover')}
              />
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
