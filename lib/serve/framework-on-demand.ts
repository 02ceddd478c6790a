// Public pages are whole without JavaScript: links, the comment form and the menu work as plain
// HTML (readers with JavaScript off use them so). What the framework adds (React's hydration,
// client navigation, the islands) costs a phone's main thread 0.5-1 s while the page loads, and
// its scripts share a slow link with the lead picture. A stored page therefore fetches Next's
// scripts on the reader's first touch, key, pointer, wheel, focus or scroll, not at load: the
// page is read as soon as it is painted, and hydrates before the reader needs more than reading.
// Applied once, when a page is stored (lib/serve/stored-page.ts): every reader, and the edge
// cache, get the same bytes, and the loader is an inline script hashed into the page's policy.

/** Next's own script tags: its chunks, async, one of them with the id React bootstraps from. */
const NEXT_SCRIPT = /<script src="\/_next\/static\/chunks\/([\w.-]+)\.js"(?: id="([\w-]+)")? async=""><\/script>/g;
/** The low-priority preloads Next writes for the same chunks. */
const NEXT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/chunks\/[\w.-]+\.js"\/>/g;

/** What counts as the reader starting to use the page. */
export const FIRST_USE_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'focusin', 'scroll'] as const;

/**
 * The inline script that adds the chunks (in Next's order, `name` or `name#id`, without `.js`) on
 * the first use of the page. Added scripts run as async ones; the first use takes every listener off.
 */
export function frameworkLoader(chunks: string[]): string {
  return (
    `(function(c,e){function g(){e.forEach(function(n){removeEventListener(n,g,!0)});` +
    `c.forEach(function(x){var s=document.createElement('script'),p=x.split('#');s.src='/_next/static/chunks/'+p[0]+'.js';if(p[1])s.id=p[1];document.head.appendChild(s)})}` +
    `e.forEach(function(n){addEventListener(n,g,{capture:!0,passive:!0})})})(${JSON.stringify(chunks)},${JSON.stringify(FIRST_USE_EVENTS)})`
  );
}

/**
 * The page with Next's chunk scripts and their preloads taken out and one loader in the head that
 * adds them on first use. A page without Next's scripts (a feed, an error page of the server) is
 * returned as it is.
 */
export function frameworkOnDemand(html: Buffer): Buffer {
  const text = html.toString('latin1');
  const chunks: string[] = [];
  const without = text.replace(NEXT_SCRIPT, (_tag, name: string, id: string | undefined) => {
    chunks.push(id ? `${name}#${id}` : name);
    return '';
  });
  const head = without.indexOf('</head>');
  if (!chunks.length || head < 0) return html;
  const page = without.slice(0, head).replace(NEXT_PRELOAD, '') + `<script>${frameworkLoader(chunks)}</script>` + without.slice(head);
  return Buffer.from(page, 'latin1');
}
