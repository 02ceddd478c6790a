// Generates both Prisma clients (SQLite and PostgreSQL) after every install. Prisma's CLI wants
// its native schema engine even for `generate`, which does not need it; pointing the variable at
// /bin/true keeps it from trying to download one offline.
import { execFileSync } from 'node:child_process';

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
for (const schema of ['prisma/schema.prisma', 'prisma/postgresql/schema.prisma']) {
  try {
    execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate', '--schema', schema], { env, stdio: 'pipe' });
  } catch (e) {
    process.stderr.write(e.stderr ?? '');
    throw e;
  }
}
console.log('Prisma clients generated (SQLite and PostgreSQL).');
