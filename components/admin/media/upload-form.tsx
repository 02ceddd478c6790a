'use client';

import { useState, type FormEvent } from 'react';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { uploadMedia } from '@/lib/actions/admin/media';
import { MAX_UPLOAD_MB, MEDIA_TEXT_LIMITS } from '@/lib/validation/media';
import { useActionFeedback } from '@/components/admin/forms/use-action-feedback';

export function UploadForm() {
  const { state, formAction: action, t, say, errorsOf: answered, refusal } = useActionFeedback(uploadMedia);
  // A file over the limit is refused here, before it is sent: the server would refuse the whole
  // request (413) and the page would lose what was typed with it.
  const [tooLarge, setTooLarge] = useState(false);
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
    const over = !!file && file.size > MAX_UPLOAD_MB * 1024 * 1024;
    setTooLarge(over);
    if (over) event.preventDefault();
  };
  const errorsOf = (f: string) => (f === 'file' && tooLarge ? [say('fileTooLarge')] : answered(f));
  return (
    <form
      key={state.status === 'ok' ? state.id : 'form'}
      action={action}
      onSubmit={checkSize}
      noValidate
      className="grid gap-4 rounded-lg border border-line bg-surface p-4 md:grid-cols-2"
    >
      <h2 className="font-kufi text-lg font-bold md:col-span-2">{t('media.upload')}</h2>
      <div className="md:col-span-2" aria-live="polite">
        {state.status === 'ok' && <Notice tone="ok">{t('media.uploaded')}</Notice>}
        {refusal && <Notice tone="error">{refusal}</Notice>}
      </div>
      <Field
        id="upload-file"
        label={t('media.file')}
        required
        requiredLabel={t('common.required')}
        help={t('media.fileHelp', { mb: MAX_UPLOAD_MB })}
        errors={errorsOf('file')}
        className="md:col-span-2"
      >
        <input
          {...describedBy('upload-file', { help: true, errors: errorsOf('file') })}
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          required
          className={inputClass}
        />
      </Field>
      <Field id="upload-alt" label={t('media.alt')} errors={errorsOf('alt')}>
        <input {...describedBy('upload-alt', { errors: errorsOf('alt') })} name="alt" maxLength={MEDIA_TEXT_LIMITS.alt} className={inputClass} />
      </Field>
      <Field id="upload-caption" label={t('media.caption')} errors={errorsOf('caption')}>
        <input
          {...describedBy('upload-caption', { errors: errorsOf('caption') })}
          name="caption"
          maxLength={MEDIA_TEXT_LIMITS.caption}
          className={inputClass}
        />
      </Field>
      <Field id="upload-credit" label={t('media.credit')} errors={errorsOf('credit')}>
        <input {...describedBy('upload-credit', { errors: errorsOf('credit') })} name="credit" maxLength={MEDIA_TEXT_LIMITS.credit} className={inputClass} />
      </Field>
      <div className="flex items-end">
        <SubmitButton label={t('media.upload')} pendingLabel={t('media.uploading')} />
      </div>
    </form>
  );
}
