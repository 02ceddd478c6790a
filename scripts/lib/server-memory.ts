// Imported first by scripts/serve.ts, before Next and the app load their code. Measured with a
// heap snapshot of the production server (session note of 2026-12-03):
// - With source maps on (tsx turns them on), Node keeps the parsed map (mappings and original
//   sources) of every module it loads: 38 MiB for Next's runtime and the build's chunks, a third
//   of the live heap. They stay off, whoever starts the server: stack traces in the server's log
//   name the built files; SERVER_SOURCE_MAPS=1 maps them back (for a debugging session).
// - Prisma's query compiler is a WebAssembly module; V8 compiles it at once (Liftoff) and then
//   again, optimised, in the background (TurboFan), which left 50-90 MiB in malloc's arenas
//   after it. The first compilation alone serves: PRISMA_WASM_TIER_UP=1 restores the second.
import process from 'node:process';
import v8 from 'node:v8';

if (process.env.SERVER_SOURCE_MAPS !== '1') process.setSourceMapsEnabled(false);
if (process.env.PRISMA_WASM_TIER_UP !== '1') v8.setFlagsFromString('--no-wasm-tier-up');
