/**
 * The page Next shows if a root layout itself fails with a 404, 403 or 401 (every page below has
 * its own, in its language). Without root files of ours, Next writes its default, English and
 * styled inline, into every page's RSC payload.
 */
export function RootStatusPage({ status }: { status: 401 | 403 | 404 }) {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <h1>{status}</h1>
      </body>
    </html>
  );
}
