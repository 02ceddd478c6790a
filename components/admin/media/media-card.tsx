'use client';

import { inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { deleteMedia, updateMedia } from '@/lib/actions/admin/media';
import { MEDIA_TEXT_LIMITS } from '@/lib/validation/media';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';

interface Props {
  media: { id: number; key: string; width: number; height: number; alt: string; caption: string; credit: string; originalName: string };
  canManage: boolean;
}

/** One library image: its texts editable in place, and delete (refused while in use). */
export function MediaCard({ media, canManage }: Props) {
  const { state: saveState, formAction: save, t, refusal: saveRefusal } = useActionFeedback(updateMedia);
  const { state: deleteState, formAction: remove, refusal: deleteRefusal } = useActionFeedback(deleteMedia);
  if (deleteState.status === 'ok') return null;
  const field = (name: 'alt' | 'caption' | 'credit') => (
    <label className="flex flex-col gap-1 text-sm font-bold">
      {t(`media.${name}`)}
      <input name={name} defaultValue={media[name]} maxLength={MEDIA_TEXT_LIMITS[name]} disabled={!canManage} className={inputClass} />
    </label>
  );
  return (
    <li className="rounded-lg border border-line bg-surface p-3">
      <img src={`/media/${media.key}/320.webp`} alt={media.alt} width={320} height={180} loading="lazy" className="aspect-video w-full rounded object-cover" />
      <p className="mt-1 truncate text-xs text-muted" dir="ltr">{`${media.originalName} · ${t('media.size', { width: media.width, height: media.height })}`}</p>
      <form action={save} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="id" value={media.id} />
        {field('alt')}
        {field('caption')}
        {field('credit')}
        {canManage && <SubmitButton variant="secondary" label={t('media.save')} pendingLabel={t('common.saving')} />}
        {saveState.status === 'ok' && <Notice tone="ok">{t('media.saved')}</Notice>}
        {saveRefusal && <Notice tone="error">{saveRefusal}</Notice>}
      </form>
      {canManage && (
        <form
          action={remove}
          className="mt-2"
          onSubmit={(e) => {
            if (!window.confirm(t('media.confirmDelete'))) e.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={media.id} />
          <SubmitButton variant="danger" label={t('media.delete')} pendingLabel={t('common.saving')} />
          {deleteState.message === 'inUse' && <Notice tone="error">{t('media.inUse', { count: Number(deleteState.values?.count ?? 1) })}</Notice>}
          {deleteRefusal && deleteState.message !== 'inUse' && <Notice tone="error">{deleteRefusal}</Notice>}
        </form>
      )}
    </li>
  );
}
