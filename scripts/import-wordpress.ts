// npm run import:wordpress -- <export.xml> [--uploads <dir>] [--dry-run] [--role login=editor …]
//   [--default-role author] [--category-base category] [--tag-base tag] [--report report.json]
// Imports a WordPress export (Tools → Export → All content) into DATABASE_URL, with the images
// from a copy of wp-content/uploads, prints what it did, and tells a running site to refresh.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadDotEnv } from './lib/env';

loadDotEnv();
const ROLES = { administrator: 'ADMIN', editor: 'EDITOR', author: 'AUTHOR', contributor: 'CONTRIBUTOR' } as const;
type WpRole = keyof typeof ROLES;

function fail(message: string): never {
  console.error(`import:wordpress: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    uploads: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    role: { type: 'string', multiple: true, default: [] },
    'default-role': { type: 'string', default: 'author' },
    'category-base': { type: 'string' },
    'tag-base': { type: 'string' },
    report: { type: 'string' },
    'no-refresh': { type: 'boolean', default: false },
  },
});
const [file] = positionals;
if (!file) fail('usage: npm run import:wordpress -- <export.xml> [--uploads <dir>] [--dry-run] [--role login=editor]');
if (!fs.existsSync(file)) fail(`${file}: no such file`);
if (values.uploads && !fs.statSync(values.uploads, { throwIfNoEntry: false })?.isDirectory())
  fail(`${values.uploads}: not a folder (give the copy of wp-content/uploads)`);
const roleOf = (name: string) => {
  const role = ROLES[name.toLowerCase() as WpRole];
  if (!role) fail(`unknown role "${name}": use administrator, editor, author or contributor`);
  return role;
};
const roles = Object.fromEntries(
  values.role.map((pair) => {
    const [login, role] = pair.split('=');
    if (!login || !role) fail(`--role ${pair}: write it as login=role`);
    return [login, roleOf(role)];
  }),
);

const { importWordPress } = await import('../lib/wordpress/import');
const { refreshLiveSite } = await import('./lib/refresh-site');

const bar = new cliProgress.SingleBar({ format: '{phase} [{bar}] {percentage}% {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic);
const LABELS = { scan: 'reading  ', import: 'importing', links: 'links    ' } as const;
let phase = '';
const started = Date.now();
try {
  const { report, touchedTags } = await importWordPress({
    file,
    uploadsDir: values.uploads,
    dryRun: values['dry-run'],
    roles,
    defaultRole: roleOf(values['default-role']),
    categoryBase: values['category-base'],
    tagBase: values['tag-base'],
    onProgress: ({ phase: p, done, total }) => {
      if (p !== phase) {
        if (phase) bar.stop();
        phase = p;
        bar.start(total, 0, { phase: LABELS[p] });
      }
      bar.update(done);
    },
  });
  if (phase) bar.stop();
  console.log(`\n${report.toText()}\n\ntook ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (values.report) fs.writeFileSync(values.report, JSON.stringify(report.toJSON(), null, 2));
  if (!values['dry-run'] && !values['no-refresh'] && touchedTags.length) console.log(await refreshLiveSite(touchedTags));
  process.exit(0);
} catch (e) {
  if (phase) bar.stop();
  fail((e as Error).message);
}
