import { notFound } from 'next/navigation';

// Rendered for each address (a 404 has nothing to stream).
export const instant = false;

/**
 * Any unknown path under a locale renders that locale's 404 page. It reads its params so that the
 * page is rendered for the address asked for: a build's shell for every address would carry no
 * page at all (scripts/patch-next-runtime.mjs renders a not-found page only for a known address).
 */
export default async function CatchAll({ params }: { params: Promise<{ rest: string[] }> }) {
  await params;
  notFound();
}
