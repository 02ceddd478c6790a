import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/test';
import { signIn } from '../support/admin';
import { CLUSTER_PORTS } from './env';

const [A, B] = CLUSTER_PORTS.map((port) => `http://127.0.0.1:${port}`) as [string, string];

async function headline(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const html = await response.text();
  // From the instance's page store, else as Next's cache answered.
  const cache = response.headers()['x-page-store'] === 'HIT' ? 'HIT' : response.headers()['x-nextjs-cache'];
  return { cache, h1: html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1] ?? '' };
}

async function links(request: APIRequestContext, url: string, prefix: 'news' | 'tag') {
  const html = await (await request.get(url)).text();
  return [...new Set([...html.matchAll(new RegExp(`href="(/${prefix}/[^"]+)"`, 'g'))].map((m) => m[1]!))];
}

test('a page rendered by one instance is served by the other from the shared cache', async ({ request }) => {
  // Tag pages are rendered on their first visit (nothing prerendered at build time).
  const [article] = await links(request, `${A}/category/culture`, 'news');
  const [path] = await links(request, `${A}${article}`, 'tag');
  const first = await headline(request, `${A}${path}`);
  expect(first.cache).toBe('MISS');
  expect(first.h1).not.toBe('');
  // Once A has stored it, B's very first request for it is a hit.
  await expect.poll(async () => (await headline(request, `${A}${path}`)).cache, { timeout: 5000 }).toBe('HIT');
  expect(await headline(request, `${B}${path}`)).toEqual({ cache: 'HIT', h1: first.h1 });
});

test('an edit saved through one instance is on the other at once', async ({ page, request }) => {
  const [path] = await links(request, `${B}/category/sport`, 'news');
  const id = path!.split('/')[2];
  // Both instances serve the article and the home page from the cache before the edit.
  for (const url of [`${B}${path}`, `${B}/`, `${A}${path}`]) {
    await expect.poll(async () => (await headline(request, url)).cache, { timeout: 5000 }).toBe('HIT');
  }

  await signIn(page, 'editor');
  await page.goto(`/admin/articles/${id}`);
  const title = `عنوان عدل على الخادم الأول ${Date.now().toString(36)}`;
  await page.getByLabel('العنوان').fill(title);
  await page.getByRole('button', { name: 'تحديث' }).click();
  await expect(page.getByText('حُفظ المقال.')).toBeVisible();

  // The very next request to the other instance, without retrying: the invalidation is shared.
  expect((await headline(request, `${B}${path}`)).h1).toBe(title);
  expect(await (await request.get(`${B}/`)).text()).toContain(title);
  expect((await headline(request, `${A}${path}`)).h1).toBe(title);
});
