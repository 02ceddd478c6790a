// Hostile input at every door: the comment action, search, sign-in and every admin action with a
// live admin session. FUZZ_INPUTS of them (npm run fuzz: 10,000; within npm test: 1,500), from
// FUZZ_SEED. None may get a 5xx or leave an error in the server log, and nothing stored may come
// back as markup: the pages that show what was sent are opened in the browser afterwards.
import fs from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { E2E_SERVER_LOG } from '../env';
import { adminActions, builtActions, callAction, type BuiltAction } from '../support/actions';
import { seededArticle, signIn } from '../support/admin';
import { hostileForm, hostileString, hostileUpload, prng, type Random } from './inputs';

const INPUTS = Number(process.env.FUZZ_INPUTS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

test.setTimeout(Math.max(120_000, INPUTS * 150));

/** Plausible values for every field an admin form sends, which the fuzzer keeps or spoils. */
const ADMIN_FIELDS = {
  id: '1',
  ids: '1',
  revisionId: '1',
  commentId: '1',
  status: 'APPROVED',
  intent: 'draft',
  title: 'عنوان',
  body: 'نص',
  excerpt: 'ملخص',
  slug: 'slug',
  tags: 'الماء، أزغار',
  sourceLine: 'متابعة',
  sourceOutlet: 'صدى الجهة',
  categoryId: '1',
  language: 'ar',
  scheduleAt: '2030-01-01T10:00',
  coverId: '',
  coverAlt: '',
  coverCaption: '',
  translationOfId: '',
  breaking: 'on',
  commentsOpen: 'on',
  name: 'اسم',
  description: 'وصف',
  position: '1',
  email: 'someone@example.com',
  password: 'a-long-enough-password',
  role: 'AUTHOR',
  active: 'on',
  bio: 'نبذة',
  siteName: 'أزغار اليوم',
  tagline: 'شعار',
  brandColor: '#a4161a',
  commentsCloseAfterDays: '30',
  commentsPerDayLimit: '20',
  alt: 'نص بديل',
  caption: 'تعليق',
  credit: 'مصور',
  q: 'ماء',
  query: 'ماء',
};

let address = 0;
/** Each input from its own address, so that flood control does not stop the fuzzer at the door. */
const from = () => ({ 'X-Forwarded-For': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address++ & 255}` });

interface Outcome {
  target: string;
  status: number;
}

async function fuzzComment(request: APIRequestContext, r: Random, action: BuiltAction, articleId: string, origin: string): Promise<Outcome> {
  const form = hostileForm(r, {
    articleId,
    parentId: '',
    name: 'قارئ',
    email: 'reader@example.com',
    website: '',
    body: 'تعليق',
    company: '',
    startedAt: String(Date.now() - 60_000),
  });
  if (r.int(3) === 0) form.company = ''; // keep the honeypot empty more often, to reach the checks behind it
  const { status } = await callAction(request, action, form, origin, from());
  return { target: 'comment', status };
}

/** Every byte escaped, lone surrogates included (as U+FFFD): what a raw client could send. */
const percentEncoded = (text: string) => [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

async function fuzzSearch(request: APIRequestContext, r: Random): Promise<Outcome> {
  const q = percentEncoded(hostileString(r).slice(0, r.int(2) ? 300 : 5000)) + (r.int(8) === 0 ? '%FF%FE%C0%AF' : '');
  const page = r.int(4) === 0 ? `&page=${percentEncoded(hostileString(r).slice(0, 30))}` : '';
  const locale = r.pick(['', '/fr', '/en']);
  const response = await request.get(`${locale}/search?q=${q}${page}`, { headers: from(), maxRedirects: 0 });
  return { target: 'search', status: response.status() };
}

async function fuzzSignIn(request: APIRequestContext, r: Random, action: BuiltAction, origin: string): Promise<Outcome> {
  const form = hostileForm(r, { email: 'admin@azghar-today.example', password: 'wrong-password', next: '/admin' });
  const { status } = await callAction(request, action, form, origin, from());
  return { target: 'sign-in', status };
}

async function fuzzAdmin(page: Page, r: Random, actions: BuiltAction[], origin: string): Promise<Outcome> {
  const action = r.pick(actions);
  const form = hostileForm(r, ADMIN_FIELDS);
  if (action.name === 'uploadMedia' || r.int(20) === 0) form.file = hostileUpload(r);
  // Now and then a body over the 11 MB limit of admin actions.
  if (r.int(150) === 0) form.file = new File([Buffer.alloc(12 * 1024 * 1024, 0x41)], 'huge.png', { type: 'image/png' });
  const { status, body } = await callAction(page.request, action, form, origin);
  // An action that ended the session (the fuzzer changed this admin's password or role): sign in
  // again. The answer's own status, not the word: a refreshed page's tree names an «unauthorized»
  // boundary in every answer of an action that calls refresh().
  if (body.includes('"status":"unauthorized"')) await signIn(page, 'admin');
  return { target: `admin:${action.name}`, status };
}

function serverLogSince(offset: number) {
  const size = fs.statSync(E2E_SERVER_LOG).size;
  const buffer = Buffer.alloc(size - offset);
  const fd = fs.openSync(E2E_SERVER_LOG, 'r');
  fs.readSync(fd, buffer, 0, buffer.length, offset);
  fs.closeSync(fd);
  return buffer.toString();
}

test('hostile input at every door: no 5xx, no error in the log, nothing stored renders as markup', async ({ page, baseURL }) => {
  const origin = baseURL!;
  const r = prng(SEED);
  console.log(`fuzz: ${INPUTS} inputs, FUZZ_SEED=${SEED}`);
  const article = await seededArticle(page);
  const articleId = article.split('/')[2]!;
  const [comment] = builtActions('lib/actions/comments.ts')
    .filter((a) => a.name === 'postComment')
    .map((a) => ({ ...a, route: article }));
  const [login] = builtActions('lib/actions/auth.ts')
    .filter((a) => a.name === 'signIn')
    .map((a) => ({ ...a, route: '/admin/login' }));
  const admin = adminActions();
  expect(comment && login && admin.length > 10).toBeTruthy();
  await signIn(page, 'admin');

  const logOffset = fs.statSync(E2E_SERVER_LOG).size;
  const outcomes: Outcome[] = [];
  for (let i = 0; i < INPUTS; i++) {
    const roll = r.next();
    outcomes.push(
      roll < 0.3
        ? await fuzzComment(page.request, r, comment!, articleId, origin)
        : roll < 0.5
          ? await fuzzSearch(page.request, r)
          : roll < 0.62
            ? await fuzzSignIn(page.request, r, login!, origin)
            : await fuzzAdmin(page, r, admin, origin),
    );
  }

  const byTarget = new Map<string, { inputs: number; '4xx': number; '5xx': number }>();
  for (const o of outcomes) {
    const row = byTarget.get(o.target.split(':')[0]!) ?? { inputs: 0, '4xx': 0, '5xx': 0 };
    row.inputs++;
    if (o.status >= 500) row['5xx']++;
    else if (o.status >= 400) row['4xx']++;
    byTarget.set(o.target.split(':')[0]!, row);
  }
  console.table(Object.fromEntries(byTarget));
  const failures = outcomes.filter((o) => o.status >= 500);
  expect(failures, `5xx answers (FUZZ_SEED=${SEED})`).toEqual([]);

  const errors = serverLogSince(logOffset)
    .split('\n')
    .filter((line) => /⨯|Unhandled|uncaught|TypeError|RangeError|PrismaClient\w*Error/i.test(line));
  expect(errors, `errors in the server log (FUZZ_SEED=${SEED})`).toEqual([]);

  // Where what was sent is shown: the moderation queue, the lists of articles, media, tags and
  // users, the site itself. Nothing may have become an element or run.
  for (const path of [
    '/admin/comments?status=PENDING',
    '/admin/comments?status=SPAM',
    '/admin/articles',
    '/admin/media',
    '/admin/tags',
    '/admin/categories',
    '/admin/users',
    '/admin/audit',
    '/',
    article,
  ]) {
    await page.goto(path);
    expect(await page.locator('[data-fuzz]').count(), path).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __fuzz?: number }).__fuzz), path).toBeUndefined();
  }
});
