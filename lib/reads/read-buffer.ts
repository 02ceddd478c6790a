import 'server-only';
import crypto from 'node:crypto';
import { recordReads } from '@/lib/data/reads';
import { newsroomDay } from '@/lib/text/dates';
import { queryOrigin } from '@/lib/db-query-log';

// Reads arrive one beacon at a time; they are counted in memory and written in one batch every
// few seconds, so a story that breaks does not turn into one database write per reader.
const FLUSH_EVERY_MS = Number(process.env.READS_FLUSH_MS ?? 5000);
const MAX_SEEN = 200_000;

let pending = new Map<number, number>();
let seen = new Set<string>();
let seenDay = '';
let timer: NodeJS.Timeout | undefined;

/** Counts a read unless this visitor (address and browser) already read this article today. */
export function countRead(articleId: number, visitor: string, now = new Date()): boolean {
  const day = newsroomDay(now);
  if (day !== seenDay || seen.size > MAX_SEEN) {
    seen = new Set();
    seenDay = day;
  }
  const key = crypto.createHash('sha256').update(`${visitor}|${articleId}`).digest('base64url').slice(0, 16);
  if (seen.has(key)) return false;
  seen.add(key);
  pending.set(articleId, (pending.get(articleId) ?? 0) + 1);
  timer ??= setTimeout(() => void flushReads(), FLUSH_EVERY_MS).unref();
  return true;
}

export async function flushReads(): Promise<void> {
  timer = undefined;
  const batch = pending;
  pending = new Map();
  if (!batch.size) return;
  try {
    await queryOrigin.run('reads', () => recordReads(seenDay || newsroomDay(new Date()), batch));
  } catch (e) {
    console.error('Could not record reads; they will be retried with the next batch.', e);
    for (const [id, n] of batch) pending.set(id, (pending.get(id) ?? 0) + n);
    timer ??= setTimeout(() => void flushReads(), FLUSH_EVERY_MS * 4).unref();
  }
}
