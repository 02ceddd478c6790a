'use server';

import { cookies, headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { getSessionUser } from '@/lib/auth/session';
import { refreshTags } from '@/lib/cache/refresh';
import { cacheTags } from '@/lib/cache-tags';
import { commentsClosed, DAY_MS, fillTime, FLOOD_WINDOW_MS, initialStatus } from '@/lib/comments/policy';
import { commentReceipt, MY_COMMENTS_COOKIE, readMyComments } from '@/lib/comments/my-comments-cookie';
import { createComment, findCommentTarget, findReplyParent, isDuplicateComment, isStaffEmail, wroteApprovedComment } from '@/lib/data/comments';
import { getSiteSettings } from '@/lib/data/site';
import { rateLimit } from '@/lib/rate-limit';
import type { CommentErrorKey } from '@/lib/i18n-keys';
import { commentErrorKey } from './error-keys';
import { clientAddress } from '@/lib/security/client-address';
import { hashIp } from '@/lib/security/ip-hash';
import { CommentSchema, commentValues } from '@/lib/validation/comment';
import { EMPTY_COMMENT, HONEYPOT_FIELD, STARTED_AT_FIELD, type CommentField, type CommentValues } from '@/lib/validation/comment-fields';

/** What the form shows, errors written out in the reader's language: the page then sends none of
 *  the error messages to the browser ahead of a refusal most readers never see. */
export type CommentFormState = Omit<CommentAnswer, 'message' | 'errors'> & {
  /** A form-wide error. */
  message?: string;
  /** Errors per field. */
  errors?: Partial<Record<CommentField, string[]>>;
};

type CommentAnswer = {
  status: 'idle' | 'error' | 'pending' | 'approved' | 'closed';
  /** Key of «Comments.errors» for a form-wide error. */
  message?: CommentErrorKey;
  /** Keys of «Comments.errors» per field. */
  errors?: Partial<Record<CommentField, CommentErrorKey[]>>;
  values: CommentValues;
  /** The reader's own comment, shown to them while it waits for a moderator. */
  submitted?: { name: string; body: string; createdAt: string };
  /** What the browser trades for the signed cookie listing the comments it wrote: a pending one is
   *  shown to its author only; an approved one lets the next comment with that email in at once. */
  receipt?: string;
  /** The thread a refused reply was for, chosen again in the form. */
  parentId?: string;
};

const refused = (values: CommentValues, message: CommentErrorKey, errors?: CommentAnswer['errors']): CommentAnswer => ({
  status: 'error',
  message,
  errors,
  values,
});

/** «اترك تعليقاً»: validates, applies the spam defences and the moderation rules, then stores. */
export async function postComment(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const answer = await answerComment(form);
  const parentId = form.get('parentId');
  const kept = answer.status === 'error' && typeof parentId === 'string' && /^\d{1,9}$/.test(parentId) ? { ...answer, parentId } : answer;
  if (kept.status !== 'error') return kept;
  // The language of the page the form is on (the proxy's header for actions).
  const t = await getTranslations('Comments.errors');
  const { message, errors, ...rest } = kept;
  return {
    ...rest,
    ...(message && { message: t(message) }),
    ...(errors && { errors: Object.fromEntries(Object.entries(errors).map(([field, keys]) => [field, keys.map((key) => t(key))])) }),
  };
}

async function answerComment(form: FormData): Promise<CommentAnswer> {
  const values = commentValues(form);
  const startedAt = form.get(STARTED_AT_FIELD);
  const timing = fillTime(typeof startedAt === 'string' && startedAt ? startedAt : null);
  // Bots that fill the hidden field or forge the timer are told it worked; nothing is stored.
  if (form.get(HONEYPOT_FIELD) || timing === 'forged') return { status: 'pending', values: EMPTY_COMMENT };
  if (timing === 'too-fast') return refused(values, 'tooFast');

  const parsed = CommentSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const errors: CommentAnswer['errors'] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as CommentField;
      if (field in EMPTY_COMMENT) (errors[field] ??= []).push(commentErrorKey(issue.message));
    }
    return refused(values, Object.keys(errors).length ? 'checkFields' : 'invalid', errors);
  }
  const input = parsed.data;
  const [article, settings] = await Promise.all([findCommentTarget(input.articleId), getSiteSettings()]);
  if (!article) return refused(values, 'invalid');
  if (commentsClosed(article, settings)) return { status: 'closed', values };
  if (input.parentId !== null && !(await findReplyParent(input.parentId, article.id))) return refused(values, 'invalid');

  const requestHeaders = await headers();
  const ipHash = hashIp(clientAddress(requestHeaders));
  const limits = await Promise.all([
    rateLimit(`comment:15s:ip:${ipHash}`, { max: 1, windowMs: FLOOD_WINDOW_MS }),
    rateLimit(`comment:15s:email:${input.email}`, { max: 1, windowMs: FLOOD_WINDOW_MS }),
    rateLimit(`comment:day:ip:${ipHash}`, { max: settings.commentsPerDayLimit, windowMs: DAY_MS }),
    rateLimit(`comment:day:email:${input.email}`, { max: settings.commentsPerDayLimit, windowMs: DAY_MS }),
  ]);
  if (!limits[0].allowed || !limits[1].allowed) return refused(values, 'tooSoon');
  if (!limits[2].allowed || !limits[3].allowed) return refused(values, 'dailyLimit');
  if (await isDuplicateComment({ articleId: article.id, email: input.email, ipHash, body: input.body })) return refused(values, 'duplicate');

  // A staff member's email typed by someone not signed in as them waits, flagged for the moderator.
  const impersonating = (await isStaffEmail(input.email)) && (await getSessionUser())?.email !== input.email;
  // Known commenters are recognised by what their browser holds (the signed list of the comments
  // it wrote), never by an email anyone could type.
  const written = readMyComments((await cookies()).get(MY_COMMENTS_COOKIE)?.value);
  const knownCommenter = !impersonating && (await wroteApprovedComment(written, input.email));
  const status = impersonating ? 'PENDING' : initialStatus({ knownCommenter, body: input.body, website: input.website }, settings);
  const created = await createComment({
    articleId: article.id,
    parentId: input.parentId,
    authorName: input.name,
    authorEmail: input.email,
    authorUrl: input.website,
    body: input.body,
    status,
    ipHash,
    userAgent: (requestHeaders.get('user-agent') ?? '').slice(0, 300),
    flag: impersonating ? 'STAFF_EMAIL' : null,
  });

  if (status === 'APPROVED') {
    await refreshTags([cacheTags.comments(article.id), cacheTags.article(article.id)]);
    // Remembered too: the browser keeps its proof of a recent approved comment.
    return { status: 'approved', values: EMPTY_COMMENT, receipt: commentReceipt(created.id) };
  }
  return {
    status: 'pending',
    values: EMPTY_COMMENT,
    submitted: { name: input.name, body: input.body, createdAt: created.createdAt.toISOString() },
    receipt: commentReceipt(created.id),
  };
}
