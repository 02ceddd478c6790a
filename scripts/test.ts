// npm test: lint, types, unit and database tests (SQLite, and PostgreSQL when it answers), then the
// browser tests against a production build. Stops at the first failing step.
import { bin, run } from './lib/run';

const steps: [string, string, string[]][] = [
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['unit and database tests', bin('vitest'), ['run']],
  ['browser tests', bin('playwright'), ['test']],
];

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
