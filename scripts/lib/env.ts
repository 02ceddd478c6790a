import fs from 'node:fs';

/** Loads .env like Next does, for the scripts that run before or beside it. */
export function loadDotEnv() {
  for (const file of ['.env.local', '.env']) {
    if (fs.existsSync(file)) process.loadEnvFile(file);
  }
}
