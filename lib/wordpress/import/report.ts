// What an import did: counts per kind of item, the articles by status, and every warning with
// the ids (on the old site) of the items it concerns. Printed at the end of a run.
import { WARNINGS, type WarningCode } from '../convert';

export const IMPORT_WARNINGS = {
  ...WARNINGS,
  'edited-in-portal': 'changed in the portal since the last import: the portal’s version was kept',
  'slug-taken': 'address (slug) already used by another item: a suffix was added',
  'several-categories': 'several categories: the portal files an article under one (the most specific was kept)',
  'no-category': 'no category: filed under the first imported one',
  'comment-parent-missing': 'reply whose parent comment is not in the export: kept as a comment of its own',
  'password-protected': 'password-protected: imported as a draft (the portal has no passwords)',
  'private-as-draft': 'private: imported as a draft',
  'unknown-author': 'author not in the export: attributed to the first imported author',
  'page-exists': 'a portal page already has this address: imported under another one',
  'roles-not-in-export':
    'staff roles are not part of a WordPress export: these accounts got --default-role (author unless given); set each with --role login=editor',
} as const satisfies Record<string, string>;

export type ImportWarning = keyof typeof IMPORT_WARNINGS;
export type Outcome = 'created' | 'updated' | 'unchanged' | 'skipped';

const KIND_ORDER = ['authors', 'categories', 'tags', 'media', 'posts', 'pages', 'comments', 'redirects'];
const SHOWN_IDS = 15;

export class ImportReport {
  readonly counts = new Map<string, Record<Outcome, number>>();
  readonly statuses = new Map<string, number>();
  readonly skipped = new Map<string, number>();
  readonly warnings = new Map<ImportWarning, { items: Set<string>; details: Set<string> }>();

  constructor(readonly dryRun = false) {}

  count(kind: string, outcome: Outcome, n = 1) {
    const row = this.counts.get(kind) ?? { created: 0, updated: 0, unchanged: 0, skipped: 0 };
    row[outcome] += n;
    this.counts.set(kind, row);
  }

  status(status: string) {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  skip(reason: string, n = 1) {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + n);
  }

  warn(code: ImportWarning, item: string, detail?: string) {
    const entry = this.warnings.get(code) ?? { items: new Set(), details: new Set() };
    entry.items.add(item);
    if (detail && entry.details.size < SHOWN_IDS) entry.details.add(detail);
    this.warnings.set(code, entry);
  }

  /** Nothing created or updated (a second run over the same export). */
  get changedNothing(): boolean {
    return [...this.counts.values()].every((c) => c.created === 0 && c.updated === 0);
  }

  toText(): string {
    const lines: string[] = [this.dryRun ? 'WordPress import — dry run (nothing was written)' : 'WordPress import', ''];
    const kinds = [...this.counts.keys()].sort((a, b) => ((KIND_ORDER.indexOf(a) + 99) % 99) - ((KIND_ORDER.indexOf(b) + 99) % 99));
    const width = Math.max(...kinds.map((k) => k.length), 8);
    lines.push(`${'kind'.padEnd(width)}  created  updated  unchanged  skipped`);
    for (const kind of kinds) {
      const c = this.counts.get(kind)!;
      lines.push(
        `${kind.padEnd(width)}  ${String(c.created).padStart(7)}  ${String(c.updated).padStart(7)}  ${String(c.unchanged).padStart(9)}  ${String(c.skipped).padStart(7)}`,
      );
    }
    if (this.statuses.size) lines.push('', `articles by status: ${[...this.statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`);
    if (this.skipped.size) {
      lines.push('', 'skipped:');
      for (const [reason, n] of this.skipped) lines.push(`  ${n} × ${reason}`);
    }
    if (this.warnings.size) {
      lines.push('', 'warnings (ids on the old site):');
      for (const [code, { items, details }] of this.warnings) {
        const ids = [...items];
        const shown = ids.slice(0, SHOWN_IDS).join(', ') + (ids.length > SHOWN_IDS ? ` … and ${ids.length - SHOWN_IDS} more` : '');
        lines.push(`  [${code}] ${IMPORT_WARNINGS[code]} — ${ids.length}: ${shown}`);
        if (details.size) lines.push(`      e.g. ${[...details].join(' · ')}`);
      }
    }
    return lines.join('\n');
  }

  toJSON() {
    return {
      dryRun: this.dryRun,
      counts: Object.fromEntries(this.counts),
      statuses: Object.fromEntries(this.statuses),
      skipped: Object.fromEntries(this.skipped),
      warnings: Object.fromEntries([...this.warnings].map(([code, w]) => [code, { items: [...w.items], details: [...w.details] }])),
    };
  }
}

export type { WarningCode };
