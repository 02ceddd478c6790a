// Runs once when a Next.js server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkNextInternals } = await import('./lib/next-internals.mjs');
  checkNextInternals();
  const { expirePagesBuiltWithoutDatabase } = await import('./lib/cache/built-without-database');
  if (expirePagesBuiltWithoutDatabase()) console.log('This build was made without a database: each page is rendered on its first request.');
  const { startScheduler } = await import('./lib/scheduler/start');
  startScheduler();
}
