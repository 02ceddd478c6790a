import fs from 'node:fs';
import { E2E_SERVER_LOG } from './env';

/** After all journeys: the server never lacked a message, in any language. */
export default function globalTeardown() {
  if (!fs.existsSync(E2E_SERVER_LOG)) throw new Error(`${E2E_SERVER_LOG} is missing: the e2e server did not write its log`);
  const missing = fs
    .readFileSync(E2E_SERVER_LOG, 'utf8')
    .split('\n')
    .filter((line) => /MISSING_MESSAGE|Could not resolve .* in messages/.test(line));
  if (missing.length) throw new Error(`Missing messages in the server log:\n${[...new Set(missing)].slice(0, 20).join('\n')}`);
}
