import 'server-only';
import { clearCounter, hitCounter, peekCounter } from '@/lib/data/rate-limit';

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

/** Whether `key` has already used up its limit (without counting this call). */
export async function isLimited(key: string, limit: Limit, now = new Date()): Promise<LimitResult> {
  const { count, resetAt } = await peekCounter(key, now);
  return { allowed: count < limit.max, retryAfterMs: Math.max(0, resetAt.getTime() - now.getTime()) };
}

export { clearCounter as resetLimit };
