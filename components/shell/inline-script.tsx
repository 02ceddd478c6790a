/**
 * A script that runs where it stands while the HTML is parsed: for what a page must do before the
 * framework arrives, which is on the reader's first use (lib/serve/framework-on-demand.ts). `run`
 * must be self-contained, using nothing but its arguments and the browser's globals: its source
 * text is what the page carries, called with `args` written as JSON. The page's policy names it by
 * hash (lib/security/page-scripts.ts). Rendered by the client component that does the same work
 * after hydration and after a client navigation (React inserts scripts that never run): so the
 * page's payload carries that component's props, not the script a second time. Hydration does not
 * compare a script's text, which the browser's build of `run` writes differently.
 */
export function InlineScript<Args extends unknown[]>({ run, args }: { run: (...args: Args) => void; args: Args }) {
  // `<` escaped, so that no argument can end the script or open a comment in it.
  const json = args.map((a) => JSON.stringify(a).replaceAll('<', '\\u003c')).join(',');
  return <script dangerouslySetInnerHTML={{ __html: `(${run.toString()})(${json})` }} suppressHydrationWarning />;
}
