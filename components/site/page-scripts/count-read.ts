/**
 * Counts one read per visitor per article: the browser remembers what it already counted and
 * tells the server in the background, off the page's render path. Self-contained: ReadBeacon has
 * the page run its source at load (InlineScript) and calls it again once hydrated or after a
 * client navigation; the second call finds the read remembered.
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
