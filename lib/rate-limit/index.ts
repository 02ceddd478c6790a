import 'server-only';
import { hitCounter } from '@/lib/data/rate-limit';

export interface Limit {
  /** Hits allowed in the window. */
  max: number;
  windowMs: number;
}

export interface LimitResult {
  allowed: boolean;
  retryAfterMs: number;
}

/**
 * Counts a hit against `key` and says whether it is within the limit. Counters live in the
 * database, so every server process sees the same ones.
 */
export async function rateLimit(key: string, limit: Limit, now = new Date()): Promise<LimitResult> {
  const { count, resetAt } = await hitCounter(key, limit.windowMs, now);
  return { allowed: count <= limit.max, retryAfterMs: Math.max(0, resetAt.getTime() - now.getTime()) };
}
