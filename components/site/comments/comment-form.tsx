'use client';

import { useActionState, useEffect, useId, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { Icon } from '@/components/ui/icon';
import { postComment, type CommentFormState } from '@/lib/actions/comments';
import { COMMENT_LIMITS, EMPTY_COMMENT, HONEYPOT_FIELD, STARTED_AT_FIELD, type CommentField } from '@/lib/validation/comment-fields';
import { CommentView } from './comment-view';

function SubmitButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations('Comments');
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className="inline-flex min-h-11 items-center gap-2 rounded-md bg-brand px-6 font-bold text-on-brand disabled:opacity-70">
      {pending && <span className="size-4 animate-spin rounded-full border-2 border-on-brand border-t-transparent motion-reduce:animate-none" aria-hidden="true" />}
      {pending ? t('sending') : label}
    </button>
  );
}

/**
 * «اترك تعليقاً». Posts to a server action: without JavaScript the page comes back with the result;
 * with it, errors appear under their fields and nothing typed is lost.
 */
export function CommentForm({ articleId, parentId, replyTo }: { articleId: number; parentId?: number; replyTo?: string }) {
  const t = useTranslations('Comments');
  const [state, action] = useActionState<CommentFormState, FormData>(postComment, { status: 'idle', values: EMPTY_COMMENT });
  // The browser keeps proof that a pending comment is the reader's, so that they see it later.
  useEffect(() => {
    if (!state.receipt) return;
    fetch('/api/comments/mine', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ receipt: state.receipt }) }).catch(() => {});
  }, [state.receipt]);
  const uid = useId();
  const startedAt = useRef<HTMLInputElement>(null);
  const stamp = () => {
    if (startedAt.current && !startedAt.current.value) startedAt.current.value = String(Date.now());
  };
  const errorsOf = (f: CommentField) => state.errors?.[f] ?? [];
  const field = (f: CommentField) => {
    const id = `${uid}-${f}`;
    const errors = errorsOf(f);
    return {
      id,
      name: f,
      defaultValue: state.values[f],
      'aria-invalid': errors.length > 0 || undefined,
      'aria-describedby': [errors.length ? `${id}-error` : '', f === 'email' ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined,
      className: `mt-1 block w-full rounded-md border bg-surface px-3 py-2 ${errors.length ? 'border-urgent' : 'border-line'}`,
    };
  };
  const error = (f: CommentField) => (
    <div id={`${uid}-${f}-error`} aria-live="polite" className="mt-1 text-sm font-bold text-urgent">
      {errorsOf(f).map((e) => (
        <p key={e} className="flex items-center gap-1">
          <Icon name="warning" className="size-4 shrink-0" />
          {t(`errors.${e}`)}
        </p>
      ))}
    </div>
  );
  const label = (f: CommentField, required: boolean) => (
    <label htmlFor={`${uid}-${f}`} className="font-bold">
      {t(f)}
      {required && (
        <span className="text-urgent" aria-hidden="true">
          {' *'}
        </span>
      )}
    </label>
  );

  if (state.status === 'closed') return <p className="rounded-md bg-line p-4">{t('closed')}</p>;

  return (
    // The key re-creates the fields with the values sent back after each answer.
    <form key={JSON.stringify(state)} action={action} noValidate onFocus={stamp} onInput={stamp} className="flex flex-col gap-4">
      <div role="status" aria-live="polite">
        {state.status === 'error' && state.message && (
          <p className="flex items-center gap-2 rounded-md border border-urgent p-3 font-bold text-urgent">
            <Icon name="warning" className="size-5 shrink-0" />
            {t(`errors.${state.message}`)}
          </p>
        )}
        {state.status === 'pending' && (
          <div className="rounded-md border border-line bg-surface p-4">
            <p className="font-bold">{t('awaitingModeration')}</p>
            <p className="text-sm text-muted">{t('awaitingModerationNote')}</p>
            {state.submitted && <CommentView comment={{ authorName: state.submitted.name, body: state.submitted.body, createdAt: state.submitted.createdAt }} badge={t('yourComment')} className="mt-3" />}
          </div>
        )}
        {state.status === 'approved' && <p className="rounded-md border border-line bg-surface p-4 font-bold">{t('published')}</p>}
      </div>
      <p className="text-sm text-muted">
        {t('requiredNote')}{' '}
        <span className="text-urgent" aria-hidden="true">
          {'*'}
        </span>
        <span className="sr-only">{t('required')}</span>
      </p>
      <input type="hidden" name="articleId" value={articleId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <input ref={startedAt} type="hidden" name={STARTED_AT_FIELD} defaultValue="" />
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${uid}-${HONEYPOT_FIELD}`}>{t('honeypot')}</label>
        <input id={`${uid}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        {label('body', true)}
        <textarea {...field('body')} required rows={replyTo ? 4 : 6} maxLength={COMMENT_LIMITS.body} dir="auto" />
        {error('body')}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          {label('name', true)}
          <input {...field('name')} type="text" required maxLength={COMMENT_LIMITS.name} autoComplete="name" dir="auto" />
          {error('name')}
        </div>
        <div>
          {label('email', true)}
          <input {...field('email')} type="email" required maxLength={COMMENT_LIMITS.email} autoComplete="email" dir="ltr" className={`${field('email').className} text-start`} />
          <p id={`${uid}-email-note`} className="mt-1 text-sm text-muted">{t('emailNote')}</p>
          {error('email')}
        </div>
      </div>
      <div>
        {label('website', false)}
        <input {...field('website')} type="url" maxLength={COMMENT_LIMITS.website} autoComplete="url" dir="ltr" placeholder={t('websitePlaceholder')} />
        {error('website')}
      </div>
      <div>
        <SubmitButton label={replyTo ? t('submitReply') : t('submit')} />
      </div>
    </form>
  );
}
