// What the browser of a commenter holds after an approved comment: the signed list of the
// comments it wrote (lib/comments/my-comments-cookie.ts), signed here with the e2e server's secret.
import crypto from 'node:crypto';
import type { BrowserContext } from '@playwright/test';
import { e2eEnv } from '../env';
import { approvedCommentIds } from './db';

const sign = (value: string) => `${value}.${crypto.createHmac('sha256', e2eEnv.APP_SECRET).update(value).digest('base64url')}`;

/** Gives the context the cookie a browser would have kept after `email`'s comments were approved. */
export async function holdApprovedComments(context: BrowserContext, baseURL: string, email: string) {
  const ids = approvedCommentIds(email);
  if (!ids.length) throw new Error(`${email} has no approved comment`);
  await context.addCookies([{ name: 'my_comments', value: sign(ids.join('-')), url: baseURL }]);
}
