// Runs once when a Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkNextInternals } = await import('./lib/next-internals.mjs');
  checkNextInternals();
  const { startScheduler } = await import('./lib/scheduler/start');
  startScheduler();
}
