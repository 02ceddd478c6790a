import 'server-only';
import { attemptBlockedUntil, claimAttempt, clearAttempts } from '@/lib/data/rate-limit';

/** A few attempts in a row, then a delay that doubles with every further failure, up to a cap. */
export interface GrowingDelay {
  /** Failures allowed without waiting. */
  free: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key without failures for this long starts again from nothing. */
  forgetAfterMs: number;
}

/** When each failure count may try again: now for the free ones, then first, 2 × first… up to the cap. */
export function delaySchedule(policy: GrowingDelay, now: Date): Date[] {
  const schedule = Array.from({ length: policy.free - 1 }, () => now);
  for (let delay = policy.firstDelayMs; ; delay *= 2) {
    schedule.push(new Date(now.getTime() + Math.min(delay, policy.maxDelayMs)));
    if (delay >= policy.maxDelayMs) return schedule;
  }
}

export type Claim = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Claims the next attempt for `key`, counted as a failure until `forgiveAttempts` says otherwise.
 * Atomic across processes: of many parallel attempts, only those within the allowance go through.
 */
export async function claimAttemptSlot(key: string, policy: GrowingDelay, now = new Date()): Promise<Claim> {
  const failures = await claimAttempt(key, delaySchedule(policy, now), new Date(now.getTime() + policy.forgetAfterMs), now);
  if (failures !== null) return { allowed: true };
  const until = await attemptBlockedUntil(key);
  return { allowed: false, retryAfterMs: Math.max(1000, (until?.getTime() ?? now.getTime()) - now.getTime()) };
}

export { clearAttempts as forgiveAttempts };
