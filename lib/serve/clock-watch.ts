// Says in the server's log when the system clock is stepped while the server runs. Cache
// freshness is reckoned on the monotonic clock (lib/next-internals.mjs: nextClock), which a step
// does not move; the dates readers see, scheduled publication and sessions follow the system
// clock. A step therefore explains, in the log, a gap between the two (a virtual machine resumed
// and set to the right time, a clock corrected by hand).
import { nextClock } from '@/lib/next-internals.mjs';

/** A difference worth a line in the log: far above the drift of a clock that is only slewed. */
export const CLOCK_STEP_MS = 1000;

/** The system clock's lead over the monotonic one, in ms (0 when they agree). */
export function clockLead(): number {
  return Date.now() - nextClock();
}

/**
 * Checks every `everyMs` and logs each step of at least CLOCK_STEP_MS since the last one logged.
 * Returns the function that stops it.
 */
export function watchClock(everyMs = 10_000, log: (line: string) => void = console.warn): () => void {
  let known = clockLead();
  const timer = setInterval(() => {
    const lead = clockLead();
    if (Math.abs(lead - known) < CLOCK_STEP_MS) return;
    log(
      `[clock] the system clock moved ${((lead - known) / 1000).toFixed(1)} s against the monotonic clock while serving (now ${(lead / 1000).toFixed(1)} s ahead); cache freshness follows the monotonic clock`,
    );
    known = lead;
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
