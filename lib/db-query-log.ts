import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * With DB_QUERY_LOG=1 every database operation is written to the server's output as
 * `[db] <origin> <model>.<operation>`, so that a test can count what one page render costs.
 * Work that is not a reader's request (the scheduler, batched writes) names itself here.
 */
// One instance for the process: each route bundle has its own copy of this module.
const global = globalThis as unknown as { portalQueryOrigin?: AsyncLocalStorage<string> };
export const queryOrigin = (global.portalQueryOrigin ??= new AsyncLocalStorage<string>());

export const queryLogEnabled = () => process.env.DB_QUERY_LOG === '1';

export function logQuery(model: string | undefined, operation: string) {
  console.log(`[db] ${queryOrigin.getStore() ?? 'request'} ${model ?? 'raw'}.${operation}`);
}
