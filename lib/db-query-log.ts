import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * With DB_QUERY_LOG=1 every database operation is written to the server's output as
 * `[db] <origin> <model>.<operation>`, so that a test can count what one page render costs.
 * Work that is not a reader's request (the scheduler, batched writes) names itself here.
 */
export const queryOrigin = new AsyncLocalStorage<string>();

export const queryLogEnabled = () => process.env.DB_QUERY_LOG === '1';

export function logQuery(model: string | undefined, operation: string) {
  console.log(`[db] ${queryOrigin.getStore() ?? 'request'} ${model ?? 'raw'}.${operation}`);
}
