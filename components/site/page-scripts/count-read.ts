/**
 * Counts one read per visitor per article: the browser remembers what it already counted and
 * tells the server in the background, off the page's render path. Self-contained: the article
 * page runs its source at load (InlineScript), ReadBeacon after a client navigation; whichever
 * comes second finds the read remembered.
 */
export function countRead(articleId: number) {
  const key = `read:${articleId}`;
  try {
    if (localStorage.getItem(key)) return;
    localStorage.setItem(key, '1');
  } catch {
    return;
  }
  const body = JSON.stringify({ id: articleId });
  if (!navigator.sendBeacon?.('/api/reads', new Blob([body], { type: 'application/json' }))) {
    void fetch('/api/reads', { method: 'POST', body, headers: { 'content-type': 'application/json' }, keepalive: true });
  }
}
