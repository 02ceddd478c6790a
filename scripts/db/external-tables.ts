// Tables that the migrations create by hand and Prisma's schema does not describe: the full-text
// search index (an FTS5 virtual table and its shadow tables on SQLite, a tsvector table on
// PostgreSQL). The migration engine is told to leave them alone.
import type { Provider } from '../../lib/db-url';

const SQLITE_FTS = ['', '_data', '_idx', '_content', '_docsize', '_config'].map((s) => `ArticleSearch${s}`);

export function externalTables(provider: Provider): string[] {
  return provider === 'postgresql' ? ['public.ArticleSearch'] : SQLITE_FTS;
}
