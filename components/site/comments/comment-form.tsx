'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { usePlainLocale, usePlainTranslations } from '@/components/shell/plain-messages-provider';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Icon } from '@/components/ui/icon';
import { SubmitButton } from '@/components/ui/submit-button';
import { postComment, type CommentFormState } from '@/lib/actions/comments';
import { COMMENT_LIMITS, EMPTY_COMMENT, HONEYPOT_FIELD, STARTED_AT_FIELD, type CommentField } from '@/lib/validation/comment-fields';
import { CommentView } from './comment-view';

/** A thread the reader may answer: its first comment's id, and what the choice shows. */
export type ReplyTarget = { id: number; label: string };

/**
 * «اترك تعليقاً». Posts to a server action: without JavaScript the page comes back with the result;
 * with it, errors appear under their fields and nothing typed is lost. One form serves the whole
 * page: «ردّاً على» chooses the thread, and a comment's «رد» link (data-reply-to) chooses it here.
 */
export function CommentForm({ articleId, threads = [] }: { articleId: number; threads?: ReplyTarget[] }) {
  const t = usePlainTranslations('Comments');
  const locale = usePlainLocale();
  const [state, action] = useActionState<CommentFormState, FormData>(postComment, { status: 'idle', values: EMPTY_COMMENT });
  const [parent, setParent] = useState(state.parentId ?? '');
  // A comment that went through leaves the form ready for a new one.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status !== 'error') setParent('');
  }
  const thread = useRef<HTMLSelectElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  // A thread chosen before the framework arrived (by hand or by a «رد» link) stays chosen.
  useEffect(() => {
    if (thread.current?.value) setParent(thread.current.value);
  }, []);
  // A comment's «رد» link (data-reply-to) chooses its thread here and puts the cursor in the text.
  // Before hydration it leads to the form, as without JavaScript, where the thread is chosen by hand.
  useEffect(() => {
    const chooseThread = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[data-reply-to]') : null;
      if (!link || !thread.current) return;
      event.preventDefault();
      thread.current.value = link.getAttribute('data-reply-to') ?? '';
      setParent(thread.current.value);
      body.current?.focus();
    };
    document.addEventListener('click', chooseThread);
    return () => document.removeEventListener('click', chooseThread);
  }, []);
  // The browser keeps proof that a pending comment is the reader's, so that they see it later.
  useEffect(() => {
    if (!state.receipt) return;
    fetch('/api/comments/mine', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ receipt: state.receipt }) }).catch(
      () => {},
    );
  }, [state.receipt]);
  // The page's one comment form: its fields' ids need no generated prefix (twenty letters, thirty times).
  const uid = 'comment';
  const startedAt = useRef<HTMLInputElement>(null);
  const stamp = () => {
    if (startedAt.current && !startedAt.current.value) startedAt.current.value = String(Date.now());
  };
  // Typed into before the framework arrived (it comes on the reader's first use of the page, and
  // the fields work without it): the reader started writing after the page loaded, not now.
  useEffect(() => {
    const form = startedAt.current?.form;
    const typed = (['body', 'name', 'email'] satisfies CommentField[]).some((f) => (form?.elements.namedItem(f) as HTMLInputElement | null)?.value);
    if (startedAt.current && !startedAt.current.value && typed) startedAt.current.value = String(Math.round(performance.timeOrigin));
  }, []);
  const errorsOf = (f: CommentField) => state.errors?.[f] ?? [];
  const field = (f: CommentField, help = false) => ({
    ...describedBy(`${uid}-${f}`, { help, errors: errorsOf(f) }),
    name: f,
    defaultValue: state.values[f],
    className: inputClass,
  });
  const fieldProps = (f: CommentField, required: boolean) => ({
    id: `${uid}-${f}`,
    label: t(f),
    errors: errorsOf(f),
    required,
    requiredLabel: t('required'),
  });

  if (state.status === 'closed') return <p className="rounded-md bg-line p-4">{t('closed')}</p>;

  return (
    // The key re-creates the fields with the values sent back after each answer.
    <form key={JSON.stringify(state)} action={action} noValidate onFocus={stamp} onInput={stamp} className="flex flex-col gap-4">
      <div role="status" aria-live="polite">
        {state.status === 'error' && state.message && (
          <p className="flex items-center gap-2 rounded-md border border-urgent p-3 font-bold text-urgent">
            <Icon name="warning" className="size-5 shrink-0" />
            {state.message}
          </p>
        )}
        {state.status === 'pending' && (
          <div className="rounded-md border border-line bg-surface p-4">
            <p className="font-bold">{t('awaitingModeration')}</p>
            <p className="text-sm text-muted">{t('awaitingModerationNote')}</p>
            {state.submitted && (
              <CommentView
                locale={locale}
                comment={{ authorName: state.submitted.name, body: state.submitted.body, createdAt: state.submitted.createdAt }}
                badge={t('yourComment')}
                className="mt-3"
              />
            )}
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
      {threads.length > 0 && (
        <Field id={`${uid}-parentId`} label={t('replyingTo')}>
          <select
            ref={thread}
            id={`${uid}-parentId`}
            name="parentId"
            defaultValue={state.status === 'error' ? (state.parentId ?? '') : ''}
            onChange={(e) => setParent(e.target.value)}
            className={inputClass}
          >
            <option value="">{t('newComment')}</option>
            {threads.map((thread) => (
              <option key={thread.id} value={thread.id} dir="auto">
                {thread.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <input ref={startedAt} type="hidden" name={STARTED_AT_FIELD} defaultValue="" />
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${uid}-${HONEYPOT_FIELD}`}>{t('honeypot')}</label>
        <input id={`${uid}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Field {...fieldProps('body', true)}>
        <textarea {...field('body')} ref={body} required rows={6} maxLength={COMMENT_LIMITS.body} dir="auto" />
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field {...fieldProps('name', true)}>
          <input {...field('name')} type="text" required maxLength={COMMENT_LIMITS.name} autoComplete="name" dir="auto" />
        </Field>
        <Field {...fieldProps('email', true)} help={t('emailNote')}>
          <input
            {...field('email', true)}
            type="email"
            required
            maxLength={COMMENT_LIMITS.email}
            autoComplete="email"
            dir="ltr"
            className={`${inputClass} text-start`}
          />
        </Field>
      </div>
      <Field {...fieldProps('website', false)}>
        <input {...field('website')} type="url" maxLength={COMMENT_LIMITS.website} autoComplete="url" dir="ltr" placeholder={t('websitePlaceholder')} />
      </Field>
      <div>
        <SubmitButton label={parent ? t('submitReply') : t('submit')} pendingLabel={t('sending')} />
      </div>
    </form>
  );
}
