// npm test: the dependency audit, lint, types, unit and database tests (SQLite, and PostgreSQL
// when it answers), the browser tests against a production build (fuzzing included), budgets, the
// crash test, then two instances sharing PostgreSQL and Redis.
// Stops at the first failing step.
import { bin, run } from './lib/run';
import { servicesForCluster } from './lib/services';

type Step = [name: string, command: string, args: string[]];

const steps: Step[] = [
  ['dependency audit (npm audit --omit=dev)', bin('tsx'), ['scripts/audit.ts']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['unit and database tests', bin('vitest'), ['run']],
  ['browser tests', bin('playwright'), ['test']],
  ['budgets (JavaScript, layout shift, client leaves)', bin('tsx'), ['scripts/budgets.ts']],
  ['crash test (kill -9 during 200 comment posts)', bin('tsx'), ['scripts/crash-test.ts']],
];
const missing = await servicesForCluster();
if (missing) {
  // CI has both services (REQUIRE_POSTGRES=1): there a missing one is a failure, not a skip.
  if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`The two-instance test needs ${missing}.`);
  console.warn(`The two-instance test is SKIPPED: ${missing} does not answer.`);
} else {
  steps.push(['two instances on PostgreSQL and Redis', bin('playwright'), ['test', '-c', 'playwright.cluster.config.ts']]);
}

const timings: string[] = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  try {
    await run(command, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  } catch (e) {
    console.error(`\n✖ ${name} failed: ${(e as Error).message}`);
    process.exit(1);
  }
  timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
console.log(`\n✔ all tests passed (${timings.join(', ')})`);
