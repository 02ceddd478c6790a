// The 413 answer's text, in the interface language of the path. Plain text: Next's client shows a
// text/plain error of an action as it is. No server-only imports (scripts/serve.ts sends it too).
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { splitLocalizedPath } from '@/lib/urls';

// Its own namespace: the Errors strings go to the browser with every page, this one need not.
const MESSAGES: Record<string, { TooLarge: { text: string } }> = { ar, fr, en };

export const TOO_LARGE_HEADERS = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

export function tooLargeText(pathname: string): string {
  return (MESSAGES[splitLocalizedPath(pathname).locale] ?? ar).TooLarge.text;
}
