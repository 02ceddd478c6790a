// Reached only if a root layout itself fails (every page below has its own, in its language).
// Without this file Next puts its default, English and styled inline, into every page's RSC payload.
export default function RootNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <h1>{404}</h1>
      </body>
    </html>
  );
}
