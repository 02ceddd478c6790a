// Server actions and admin pages are public endpoints: this file finds every admin page and every
// exported admin action in the production build, and proves that callers without a session, or
// without the permission, are refused by the server itself (not only by the proxy's redirect).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/test';
import { ACTION_PERMISSIONS } from '../lib/actions/admin/permissions';
import { ADMIN_SECTIONS } from '../lib/auth/admin-routes';
import { can } from '../lib/auth/roles';
import { adminActions, callAction } from './support/actions';
import { signIn } from './support/admin';

test.skip(({ isMobile }) => isMobile, 'the same server checks whatever the screen: one run is enough');

const PANEL = 'app/[locale]/(admin)/admin/(panel)';

function adminPages(dir = PANEL): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return adminPages(full);
    if (entry.name !== 'page.tsx') return [];
    const route = path
      .dirname(full)
      .slice(PANEL.length)
      .replace(/\[id\]/g, '1');
    return [`/admin${route}`];
  });
}

const ANY_FIELDS = {
  id: '1',
  revisionId: '1',
  commentId: '1',
  ids: '1',
  status: 'APPROVED',
  title: 'x',
  body: 'x',
  name: 'x',
  email: 'x@example.com',
  password: 'x'.repeat(20),
  categoryId: '1',
  siteName: 'x',
  brandColor: '#000000',
  role: 'ADMIN',
  commentsCloseAfterDays: '1',
  commentsPerDayLimit: '1',
  source: '/old-address',
  target: '/',
};

test('every admin action is in the permission table, and the table has no stale entry', () => {
  const names = adminActions().map((a) => a.name);
  expect(names.length).toBeGreaterThan(10);
  expect([...new Set(names)].sort()).toEqual(Object.keys(ACTION_PERMISSIONS).sort());
});

test('signed-out visitors are sent to sign-in from every admin page', async ({ request }) => {
  const pages = adminPages();
  expect(pages.length).toBeGreaterThanOrEqual(12);
  for (const page of pages) {
    const response = await request.get(page, { maxRedirects: 0 });
    expect([307, 308], page).toContain(response.status());
    expect(response.headers().location, page).toMatch(/\/admin\/login/);
  }
});

test('a forged session cookie opens no admin page', async ({ request }) => {
  for (const page of adminPages()) {
    const response = await request.get(page, { headers: { Cookie: 'portal_session=forged-token' }, maxRedirects: 0 });
    expect([307, 308], page).toContain(response.status());
    expect(response.headers().location, page).toMatch(/\/admin\/login/);
  }
});

test("the admin's read routes answer only a signed-in staff member", async ({ request }) => {
  for (const path of ['/api/admin/media?q=', '/api/admin/media?ids=1', '/api/admin/articles?q=', '/api/admin/articles?ids=1']) {
    const response = await request.get(path, { headers: { Cookie: 'portal_session=forged-token' } });
    expect(response.status(), path).toBe(401);
    expect(response.headers()['cache-control']).toBe('private, no-store');
  }
});

test('every admin action refuses a caller without a session', async ({ request, baseURL }) => {
  for (const action of adminActions()) {
    const { body } = await callAction(request, action, ANY_FIELDS, baseURL!);
    expect(body, action.name).toContain('"unauthorized"');
  }
});

test('a contributor is refused every page and action beyond their role', async ({ page, baseURL }) => {
  await signIn(page, 'contributor');
  const contributor = { id: 0, role: 'CONTRIBUTOR' as const };
  for (const action of adminActions()) {
    const { body } = await callAction(page.request, action, ANY_FIELDS, baseURL!);
    if (!can(contributor, ACTION_PERMISSIONS[action.name])) expect(body, action.name).toContain('"forbidden"');
  }
  const refused = Object.entries(ADMIN_SECTIONS).flatMap(([section, permission]) => (can(contributor, permission) ? [] : [`/admin/${section}`]));
  expect(refused).toHaveLength(7);
  for (const path of refused) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'غير مسموح' })).toBeVisible();
  }
  // Each page checks the permission itself: the proxy stops GETs only, and a POST (the re-render
  // that follows a server action is one) reaches the page.
  for (const path of refused) {
    const response = await page.request.post(path, { form: { any: 'x' }, maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
    expect(await response.text(), path).toContain('غير مسموح');
  }
  // Someone else's article: the page itself refuses it.
  for (const path of ['/admin/articles/1', '/admin/articles/1/revisions']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'غير مسموح' }), path).toBeVisible();
    await expect(page.getByLabel('نص المقال')).toHaveCount(0);
  }
});

test('a POST to an admin page renders it for whoever may see it (so the refusal above is the page’s own check)', async ({ page }) => {
  await signIn(page, 'admin');
  const response = await page.request.post('/admin/users', { form: { any: 'x' }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<h1[^>]*>المستخدمون<\/h1>/);
  expect(html).toContain('contributor@e2e.example');
});

test('an action from another site is refused (Next checks the Origin of every action)', async ({ page, baseURL }) => {
  await signIn(page, 'admin');
  const response = await callAction(
    page.request,
    adminActions().find((a) => a.name === 'saveSettings')!,
    { siteName: 'hijacked' },
    baseURL!,
    { Origin: 'https://evil.example' },
  );
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.body).not.toContain('"status"');
  // Nothing was saved: the site still has its own name.
  expect(await (await page.request.get(`${baseURL}/`)).text()).not.toContain('hijacked');
});
