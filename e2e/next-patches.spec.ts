// The behaviour that this project's patches to Next.js restore (see the README's "Next.js
// patches"). After a Next upgrade, install fails loudly if a patch no longer applies; these tests
// fail if one applies but no longer works.
import { expect, test } from './support/test';
import { builtActions } from './support/actions';

test.describe.configure({ mode: 'serial' });

async function anyArticlePath(request: import('@playwright/test').APIRequestContext) {
  const home = await (await request.get('/')).text();
  const path = home.match(/href="(\/news\/\d+\/[^"]+)"/)?.[1];
  expect(path, 'the home page links an article').toBeTruthy();
  return path!;
}

test('a first render that redirects an old slug sends one Location header (patches/next+16.4.6.patch, vercel/next.js#82117)', async ({ request }) => {
  const id = (await anyArticlePath(request)).split('/')[2];
  // A slug never asked for before: the page renders now, it is not served from the cache.
  const response = await request.get(`/news/${id}/never-seen-${Date.now()}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  expect(locations.map((h) => h.value)).toHaveLength(1);
});

test('a server action whose multipart body cannot be read answers 400, not 500 (scripts/patch-next-runtime.mjs, vercel/next.js#86945)', async ({
  request,
  baseURL,
}) => {
  const action = builtActions('lib/actions/comments.ts').find((a) => a.name === 'postComment');
  expect(action, 'the comment action is in the build').toBeTruthy();
  const response = await request.post(await anyArticlePath(request), {
    headers: { 'Next-Action': action!.id, Accept: 'text/x-component', Origin: baseURL!, 'Content-Type': 'multipart/form-data; boundary=----portal' },
    data: Buffer.from('------portal\r\nContent-Disposition: form-data; name="1_body"\r\n\r\nunfinished'),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
});
