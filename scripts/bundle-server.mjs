// @ts-check
// The production server (scripts/serve.ts and the lib/ modules it imports) compiled into one
// plain JavaScript module, so Node runs it without tsx. Run under tsx, the server also carried
// tsx's loader (a second V8 isolate on its own thread, and esbuild) for its whole life: the load
// test's resident memory fell by 40-60 MiB without it. Packages stay external (node_modules).
// Takes ~0.1 s, so every start bundles afresh: `npm run serve`, and spawnServer() for the rest.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

export const SERVER_BUNDLE = '.builds/server/serve.mjs';

/** Writes the bundle (atomically: servers may start side by side) and returns its path. */
export function bundleServer() {
  const result = buildSync({
    entryPoints: ['scripts/serve.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    outfile: SERVER_BUNDLE,
    write: false,
    logLevel: 'warning',
  });
  fs.mkdirSync(path.dirname(SERVER_BUNDLE), { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
  return SERVER_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) bundleServer();
