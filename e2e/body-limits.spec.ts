// One anonymous request must not take the server down (issue 13, findings 1 and 2): every body is
// held to its path's limit while it arrives, chunked or not, and answered 413 before anything
// reads it; the server stays up and its memory does not grow. Limits: lib/http/body-limits.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/test';
import { builtActions } from './support/actions';
import { signIn } from './support/admin';
import { MiB, paddedActionBody, postBig, residentMiB, serverPid, type BigBody } from './support/big-body';
import { commentsWithBody, countersNaming } from './support/db';

test.skip(({ isMobile }) => isMobile, 'the same server answers whatever the screen: one run is enough');

const FIFTY_MB = 50 * MiB;

/** Every route handler of the app (the POST ones and the rest), a value in each dynamic segment. */
function routeHandlers(): string[] {
  return fs
    .readdirSync('app', { recursive: true, encoding: 'utf8' })
    .filter((f) => path.basename(f) === 'route.ts')
    .map(
      (f) =>
        `/${path
          .dirname(f)
          .split(path.sep)
          .filter((s) => !/^\(.+\)$/.test(s))
          .map((s) => (s.startsWith('[') ? 'x' : s))
          .join('/')}`,
    );
}

/** Every server action of the build, once, with the page it is posted to. */
function actions() {
  const seen = new Set<string>();
  return builtActions('lib/actions/')
    .filter((a) => !seen.has(a.id) && seen.add(a.id))
    .map((a) => ({ ...a, route: a.route.replace(/\[[^\]]+\]/g, 'x') || '/' }));
}

async function anyArticle(request: APIRequestContext) {
  const home = await (await request.get('/')).text();
  const [, path, id] = /href="(\/news\/(\d+)\/[^"]+)"/.exec(home) ?? [];
  expect(path, 'the home page links an article').toBeTruthy();
  return { path: path!, id: id! };
}

/** A reader's comment that the action stores when it runs (old enough for the fill timer). */
const commentFields = (articleId: string, body: string, email: string) => ({ articleId, name: 'قارئ', email, body, startedAt: String(Date.now() - 60_000) });

const kind = (declare: boolean) => (declare ? 'with Content-Length' : 'chunked');

test('50 MB to every route handler and every server action, chunked or not: 413, the server up, its memory flat', async ({ baseURL, request }) => {
  test.setTimeout(300_000);
  const routes = routeHandlers();
  expect(routes).toEqual(expect.arrayContaining(['/api/reads', '/api/comments/mine', '/api/internal/tick', '/api/internal/revalidate']));
  const all = actions();
  expect(all.map((a) => a.name)).toEqual(expect.arrayContaining(['postComment', 'signIn', 'requestPasswordReset', 'verifySecondFactor', 'uploadMedia']));

  const targets: { path: string; body: BigBody }[] = [
    ...routes.map((route) => ({
      path: route,
      body: {
        headers: { 'Content-Type': 'application/json', Origin: baseURL!, 'Sec-Fetch-Site': 'same-origin' },
        head: Buffer.from('{"id":1,"pad":"'),
        filler: FIFTY_MB,
      },
    })),
    ...(await Promise.all(all.map(async (a) => ({ path: a.route, body: await paddedActionBody(a.id, baseURL!, { name: 'x' }, FIFTY_MB) })))),
  ];
  const pid = serverPid();
  const before = residentMiB(pid);
  let peak = before;
  for (const target of targets) {
    for (const declare of [false, true]) {
      // A connection closed without an answer counts as status 0, and the sweep goes on.
      const answer = await postBig(baseURL!, target.path, target.body, declare).catch((e: Error) => ({ status: 0, text: e.message, sent: 0 }));
      expect.soft(answer.status, `${target.path} ${kind(declare)}: ${answer.status ? '' : answer.text}`).toBe(413);
      expect.soft(answer.sent, `${target.path} ${kind(declare)}: refused before the end`).toBeLessThan(FIFTY_MB);
      peak = Math.max(peak, residentMiB(pid));
    }
  }
  // Still the same process, and it answers.
  expect(serverPid()).toBe(pid);
  expect(() => process.kill(pid, 0)).not.toThrow();
  expect((await request.get('/robots.txt')).status()).toBe(200);
  const after = residentMiB(pid);
  console.log(`[body-limits] ${targets.length * 2} requests of 50 MB; server RSS ${before.toFixed(1)} -> ${after.toFixed(1)} MiB (peak ${peak.toFixed(1)})`);
  expect(after - before, 'resident memory growth, MiB').toBeLessThan(30);
  // What the connections read and dropped is garbage until V8 collects it; one body kept whole
  // (50 MB) would show here.
  expect(peak - before, 'resident memory peak over the start, MiB').toBeLessThan(50);
});

test('a comment sent with 5, 10 or 50 MB of padding is refused and not stored; the same comment without it is', async ({ baseURL, request }) => {
  test.setTimeout(120_000);
  const postComment = actions().find((a) => a.name === 'postComment')!;
  const article = await anyArticle(request);
  const stamp = Date.now();
  for (const [i, mb] of [5, 10, 50].entries()) {
    for (const declare of [false, true]) {
      const marker = `تعليق كبير ${mb} ${kind(declare)} ${stamp}`;
      const headers = { 'x-forwarded-for': `192.0.2.${100 + i * 2 + Number(declare)}` };
      const body = await paddedActionBody(
        postComment.id,
        baseURL!,
        commentFields(article.id, marker, `big-${mb}-${Number(declare)}-${stamp}@e2e.example`),
        mb * MiB,
        headers,
      );
      const answer = await postBig(baseURL!, article.path, body, declare);
      expect.soft(answer.status, `${mb} MB ${kind(declare)}`).toBe(413);
      expect.soft(commentsWithBody(marker), `${mb} MB ${kind(declare)}: no comment stored`).toEqual([]);
    }
  }
  // The same request with a small padding runs the action: what was refused above would have too.
  const marker = `تعليق عادي ${stamp}`;
  const small = await paddedActionBody(postComment.id, baseURL!, commentFields(article.id, marker, `small-${stamp}@e2e.example`), 1000, {
    'x-forwarded-for': '192.0.2.99',
  });
  expect((await postBig(baseURL!, article.path, small, false)).status).toBe(200);
  await expect.poll(() => commentsWithBody(marker).length).toBe(1);
});

test('sign-in and the password reset request with 10 MB of padding are refused before they count an attempt', async ({ baseURL }) => {
  const byName = (name: string) => actions().find((a) => a.name === name)!;
  const stamp = Date.now();
  for (const [name, route] of [
    ['signIn', '/admin/login'],
    ['requestPasswordReset', '/admin/password/forgot'],
  ] as const) {
    for (const declare of [false, true]) {
      const email = `padded-${name.toLowerCase()}-${Number(declare)}-${stamp}@e2e.example`;
      const body = await paddedActionBody(byName(name).id, baseURL!, { email, password: 'not-the-password' }, 10 * MiB, {
        'x-forwarded-for': `192.0.2.${200 + Number(declare)}`,
      });
      const answer = await postBig(baseURL!, route, body, declare);
      expect.soft(answer.status, `${name} ${kind(declare)}`).toBe(413);
      expect.soft(countersNaming(email), `${name} ${kind(declare)}: no attempt counted`).toEqual([]);
    }
  }
  // Without the padding, the same sign-in counts its attempt.
  const email = `padded-control-${stamp}@e2e.example`;
  const small = await paddedActionBody(byName('signIn').id, baseURL!, { email, password: 'not-the-password' }, 100, { 'x-forwarded-for': '192.0.2.210' });
  expect((await postBig(baseURL!, '/admin/login', small, false)).status).toBe(200);
  expect(countersNaming(email).length).toBeGreaterThan(0);
});

test('a signed-in editor may send an upload-sized body to the admin, and no more', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const upload = actions().find((a) => a.name === 'uploadMedia')!;
  const pid = serverPid();
  const before = residentMiB(pid);
  for (const declare of [false, true]) {
    const body = await paddedActionBody(upload.id, baseURL!, { alt: 'x' }, FIFTY_MB, { Cookie: cookie });
    expect((await postBig(baseURL!, '/admin/media', body, declare)).status, kind(declare)).toBe(413);
  }
  expect(residentMiB(pid) - before, 'resident memory growth, MiB').toBeLessThan(30);
  // Just over 10 MB (an image at MAX_UPLOAD_MB and its form): the action reads all of it and
  // answers as an action does (the form's own errors: no file in it). Anonymous, the same body
  // is refused at the form limit.
  const within = await paddedActionBody(upload.id, baseURL!, { alt: 'x' }, 10.5 * MiB, { Cookie: cookie });
  const answer = await postBig(baseURL!, '/admin/media', within, false);
  expect(answer.status).toBe(200);
  expect(answer.text).toContain('fileRequired');
  const anonymous = await paddedActionBody(upload.id, baseURL!, { alt: 'x' }, 10.5 * MiB);
  expect((await postBig(baseURL!, '/admin/media', anonymous, false)).status).toBe(413);
});

test('an image over the upload limit is refused by the form before it is sent, and what was typed stays', async ({ page }) => {
  test.setTimeout(60_000); // sign-in, then a 12 MB file handed to the browser
  await signIn(page, 'admin');
  await page.goto('/admin/media');
  const posts: string[] = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'رفع صورة' }) });
  await form.getByLabel('الملف').setInputFiles({ name: 'camera.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(12 * MiB) });
  await form.getByLabel('النص البديل').fill('صورة الكاميرا كاملة');
  await form.getByRole('button', { name: 'رفع صورة' }).click();
  await expect(form.getByText('الملف أكبر من الحد المسموح.')).toBeVisible();
  await expect(form.getByLabel('النص البديل')).toHaveValue('صورة الكاميرا كاملة');
  expect(posts).toEqual([]);
});
