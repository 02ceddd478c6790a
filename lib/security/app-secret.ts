// The key for keyed hashes (commenters' IP addresses). Production sets APP_SECRET, the same on
// every instance; a development machine gets a random one kept in the data folder.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

let cached: string | undefined;

export function appSecret(): string {
  if (cached) return cached;
  if (process.env.APP_SECRET) return (cached = process.env.APP_SECRET);
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.DATA_DIR ?? 'data', 'app-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fresh = crypto.randomBytes(32).toString('hex');
    try {
      fs.writeFileSync(file, fresh, { flag: 'wx', mode: 0o600 });
      cached = fresh;
    } catch {
      cached = fs.readFileSync(file, 'utf8').trim(); // another process wrote it first
    }
  }
  return cached;
}
