// npm test: the dependency audit, lint, format, types, unit and database tests (SQLite, and PostgreSQL
// when it answers), the browser tests against a production build (fuzzing included), budgets, the
// crash test, the portal behind Varnish, then two instances sharing PostgreSQL and Redis.
// Stops at the first failing step.
import { bin, run } from './lib/run';
import { servicesForCluster } from './lib/services';
import { NO_VARNISH, varnishInstalled } from './lib/varnish';

type Step = [name: string, command: string, args: string[]];

const steps: Step[] = [
  ['dependency audit (npm audit --omit=dev)', bin('tsx'), ['scripts/audit.ts']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['format (npm run format writes it)', bin('prettier'), ['--check', '.']],
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['unit and database tests', bin('vitest'), ['run']],
  ['browser tests', bin('playwright'), ['test']],
  ['WordPress import journey (the shared fixture into an empty database)', bin('playwright'), ['test', '-c', 'playwright.wordpress.config.ts']],
  ['budgets (JavaScript, layout shift, client leaves)', bin('tsx'), ['scripts/budgets.ts']],
  ['crash test (kill -9 during 200 comment posts)', bin('tsx'), ['scripts/crash-test.ts']],
  ['a build without a database (then served from one)', bin('tsx'), ['scripts/build-without-database-test.ts']],
];
if (varnishInstalled()) {
  steps.push(['the portal behind Varnish (purges, staff, outage)', bin('playwright'), ['test', '-c', 'playwright.edge.config.ts']]);
} else if (process.env.CI) {
  throw new Error(NO_VARNISH);
} else {
  console.warn(`The edge tests are SKIPPED: ${NO_VARNISH}.`);
}
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
