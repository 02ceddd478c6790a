// Prisma migrations without the native schema-engine binary (which cannot be downloaded offline):
// Prisma's own migration engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven through
// the same driver adapters the app uses. Migrations stay ordinary Prisma migrations: SQL files in
// prisma/migrations (SQLite) and prisma/postgresql/migrations, recorded in `_prisma_migrations`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import Database from 'better-sqlite3';
import { POSTGRES_SCHEMA, SQLITE_SCHEMA } from './schema-files';
import { externalTables } from './external-tables';
import { providerOf, sqliteFilePath, type Provider } from '../../lib/db-url';

/* eslint-disable @typescript-eslint/no-explicit-any -- the wasm engine's adapter interface is untyped JS */

export const SCHEMA_BY_PROVIDER: Record<Provider, string> = {
  sqlite: SQLITE_SCHEMA,
  postgresql: POSTGRES_SCHEMA,
};
export const MIGRATIONS_BY_PROVIDER: Record<Provider, string> = {
  sqlite: 'prisma/migrations',
  postgresql: 'prisma/postgresql/migrations',
};

let wasmReady: Promise<void> | undefined;
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm')), {
      './schema_engine_bg.js': bg as any,
    });
    (bg as any).__wbg_set_wasm(instance.exports);
    (instance.exports as any).__wbindgen_start();
  })();
  return wasmReady;
}

function pgAdapter(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const query = pool.query.bind(pool) as (...args: any[]) => Promise<any>;
  // adapter-pg cannot map PostgreSQL's internal "char" type (oid 18) that the schema describer selects.
  (pool as any).query = (...args: any[]) =>
    query(...args).then((r: any) => {
      r.fields?.forEach((f: any) => f.dataTypeID === 18 && (f.dataTypeID = 25));
      return r;
    });
  return new PrismaPg(pool, { disposeExternalPool: true });
}

/** A throwaway database for the engine's shadow-database checks, dropped on dispose. */
async function pgShadow(url: string) {
  const main = await pgAdapter(url).connect();
  const name = `prisma_shadow_${process.pid}_${Date.now()}`;
  await main.executeScript(`CREATE DATABASE "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const shadow = await pgAdapter(u.href).connect();
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await dispose();
    await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await main.dispose();
  };
  return shadow;
}

// The engine sends multi-statement scripts through executeRaw; better-sqlite3 prepares one
// statement at a time, so those go through executeScript.
function allowScripts(adapter: any) {
  const raw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = (q: any) =>
    raw(q).catch((e: any) => (/more than one statement/.test(e?.message) && !q.args.length ? adapter.executeScript(q.sql).then(() => 0) : Promise.reject(e)));
  return adapter;
}

/** Every connection the engine opens is remembered, so that it can be closed afterwards. */
function adapterFactory(url: string, provider: Provider, opened: { dispose(): Promise<void> }[]) {
  const track = <T extends { dispose(): Promise<void> }>(adapter: T) => (opened.push(adapter), adapter);
  if (provider === 'postgresql') {
    const base = pgAdapter(url);
    return {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => track(await base.connect()),
      connectToShadowDb: async () => track(await pgShadow(url)),
    };
  }
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const base = new PrismaBetterSqlite3({ url: file, timeout: 5000 });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(allowScripts(await base.connect())),
    connectToShadowDb: async () => track(allowScripts(await base.connectToShadowDb())),
  };
}

function migrationsList(provider: Provider, root: string) {
  const dir = path.resolve(root, MIGRATIONS_BY_PROVIDER[provider]);
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lock = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    shadowDbInitScript: '',
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : `provider = "${provider}"\n`,
    },
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

const filtersFor = (provider: Provider) => ({ externalTables: externalTables(provider), externalEnums: [] as string[] });

export interface EngineSession {
  provider: Provider;
  engine: any;
  root: string;
  schema: { path: string; content: string };
}

async function withEngine<T>(url: string, root: string, fn: (s: EngineSession) => Promise<T>): Promise<T> {
  await loadWasm();
  const provider = providerOf(url);
  const schemaPath = SCHEMA_BY_PROVIDER[provider];
  const schema = { path: schemaPath, content: fs.readFileSync(path.resolve(root, schemaPath), 'utf8') };
  const opened: { dispose(): Promise<void> }[] = [];
  const bound = bindMigrationAwareSqlAdapterFactory(adapterFactory(url, provider, opened) as any);
  const engine = await (bg as any).SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (log: string) => process.env.DEBUG_MIGRATIONS && console.error(log),
    bound,
  );
  try {
    return await fn({ provider, engine, root, schema });
  } catch (e: any) {
    // Driver errors are parked in the adapter's registry; surface the real message.
    const id = /External error id#(\d+)/.exec(e?.message ?? '')?.[1];
    const cause = id ? (bound as any).errorRegistry.consumeError(+id)?.error : undefined;
    throw new Error(`${e?.message ?? e}${cause ? `: ${JSON.stringify(cause)}` : ''}`);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
  }
}

/** Applies pending migrations, like `prisma migrate deploy`. Returns the names applied. */
export async function deployMigrations(url: string, root = process.cwd()): Promise<string[]> {
  const applied = await withEngine(url, root, async ({ provider, engine }) => {
    const r = await engine.applyMigrations({ migrationsList: migrationsList(provider, root), filters: filtersFor(provider) });
    return r.appliedMigrationNames as string[];
  });
  if (providerOf(url) === 'sqlite') enableWriteAheadLog(sqliteFilePath(url));
  return applied;
}

/**
 * WAL lets readers go on while one process writes, and a crash loses no committed transaction.
 * The mode is stored in the database file, so setting it once here covers every later connection.
 */
function enableWriteAheadLog(file: string) {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/** Which migrations of the folder are recorded in the database and which are not. */
export function migrationStatus(url: string, root = process.cwd()): Promise<MigrationStatus> {
  return withEngine(url, root, async ({ provider, engine }) => {
    const list = migrationsList(provider, root);
    const all = list.migrationDirectories.map((d) => d.path);
    const r = await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: filtersFor(provider) }).catch((e: any) => {
      if (/_prisma_migrations.*does not exist|no such table/i.test(e?.message)) return { notApplied: all };
      throw e;
    });
    const pending: string[] = r.history?.tag === 'databaseIsBehind' ? r.history.unappliedMigrationNames : [];
    const notApplied: string[] = r.notApplied ?? pending;
    return { applied: all.filter((n) => !notApplied.includes(n)), pending: notApplied };
  });
}

/**
 * Creates (and applies to `url`) a migration from the difference between the migrations folder
 * and the schema, like `prisma migrate dev --name`. Returns the new folder name, or null when
 * the database already matches the schema.
 */
export function createMigration(url: string, name: string, root = process.cwd()): Promise<string | null> {
  return withEngine(url, root, async ({ provider, engine, schema }) => {
    await engine.applyMigrations({ migrationsList: migrationsList(provider, root), filters: filtersFor(provider) });
    const diagnostic = await engine.devDiagnostic({ migrationsList: migrationsList(provider, root), filters: filtersFor(provider) });
    if (diagnostic.action.tag === 'reset') throw new Error(`The database drifted from the migrations: ${diagnostic.action.reason}`);
    const r = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList: migrationsList(provider, root),
      schema: { files: [schema] },
      filters: filtersFor(provider),
    });
    if (!r.migrationScript) return null;
    const dir = path.resolve(root, MIGRATIONS_BY_PROVIDER[provider]);
    fs.mkdirSync(path.join(dir, r.generatedMigrationName), { recursive: true });
    fs.writeFileSync(path.join(dir, r.generatedMigrationName, 'migration.sql'), r.migrationScript);
    fs.writeFileSync(
      path.join(dir, 'migration_lock.toml'),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${r.connectorType}"\n`,
    );
    await engine.applyMigrations({ migrationsList: migrationsList(provider, root), filters: filtersFor(provider) });
    return r.generatedMigrationName as string;
  });
}

/** SQL that would bring an empty database to the schema (for review, like `migrate diff --from-empty`). */
export function diffFromMigrations(url: string, root = process.cwd()): Promise<string> {
  return withEngine(url, root, async ({ provider, engine, schema }) => {
    const r = await engine.diff({
      from: { tag: 'migrations', ...migrationsList(provider, root) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: filtersFor(provider),
    });
    return (r.stdout ?? '') as string;
  });
}
