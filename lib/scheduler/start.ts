import { tickToken } from './token';
import { serverOrigin } from '@/lib/next-internals.mjs';

const EVERY_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 30_000);

/**
 * The in-app clock (no cron outside): every 30 s this server calls its own tick route, which
 * publishes scheduled articles whose time has come and refreshes the pages that show them.
 * Cache revalidation only works inside a request, hence the call to itself.
 */
export function startScheduler() {
  const globals = globalThis as unknown as { portalScheduler?: NodeJS.Timeout };
  if (globals.portalScheduler || process.env.SCHEDULER_DISABLED === '1') return;
  const tick = async () => {
    const origin = serverOrigin();
    try {
      await fetch(`${origin}/api/internal/tick`, { method: 'POST', headers: { authorization: `Bearer ${tickToken()}` } });
    } catch {
      // The server is not listening yet, or is shutting down: the next tick tries again.
    }
  };
  globals.portalScheduler = setInterval(tick, EVERY_MS);
  globals.portalScheduler.unref();
  setTimeout(tick, 3000).unref();
}
