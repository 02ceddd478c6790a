// npm run db:migrate                  apply pending migrations to DATABASE_URL (SQLite file by default)
// npm run db:migrate -- status        list applied and pending migrations
// npm run db:migration:new -- <name>  create the next migration from a schema change, for both providers
import { databaseUrl } from '../../lib/db-url';
import { deployMigrations, migrationStatus } from './migrate-engine';
import { runDataMigrations } from './data-migrations';

const [command = 'deploy'] = process.argv.slice(2);
const url = databaseUrl();

if (command === 'deploy') {
  const applied = [...(await deployMigrations(url)), ...(await runDataMigrations(url))];
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
} else if (command === 'status') {
  console.log(JSON.stringify(await migrationStatus(url), null, 2));
} else {
  console.error('usage: migrate.ts [deploy | status]');
  process.exitCode = 1;
}
process.exit();
