// The state of one import run shared by its parts: the site index from the first pass, the
// report, what was imported before (by kind and old id), and whether anything may be written.
import crypto from 'node:crypto';
import { importedOfKind, recordImported, type ImportedRef } from '@/lib/data/imports';
import type { Role } from '@/lib/generated/sqlite/client';
import type { ImportReport } from './report';
import type { SiteIndex } from './site-index';

export interface ImportOptions {
  file: string;
  uploadsDir?: string;
  dryRun?: boolean;
  /** Roles by login (`--role sara=editor`); the others get `defaultRole`. */
  roles?: Record<string, Role>;
  defaultRole?: Role;
  /** WordPress's category and tag bases when the site changed them (Settings → Permalinks). */
  categoryBase?: string;
  tagBase?: string;
  onProgress?: (event: { phase: 'scan' | 'import' | 'links'; done: number; total: number }) => void;
}

export const KINDS = ['author', 'category', 'tag', 'media', 'post', 'page', 'comment'] as const;
export type ImportKind = (typeof KINDS)[number];

export function hashOf(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}

export class ImportRun {
  private readonly mapped = new Map<ImportKind, Map<string, ImportedRef>>();
  /** Cache tags of what changed, for a running site to refresh (lib/cache-tags.ts). */
  readonly touched = new Set<string>();
  private fakeId = 0;

  constructor(
    readonly index: SiteIndex,
    readonly report: ImportReport,
    readonly options: ImportOptions,
  ) {}

  get dryRun() {
    return Boolean(this.options.dryRun);
  }

  get site() {
    return this.index.site;
  }

  async load() {
    for (const kind of KINDS) this.mapped.set(kind, await importedOfKind(this.site, kind));
  }

  imported(kind: ImportKind, externalId: string | number): ImportedRef | undefined {
    return this.mapped.get(kind)!.get(String(externalId));
  }

  /** Remembers what an item became (in the database unless this is a dry run). */
  async remember(kind: ImportKind, externalId: string | number, ref: ImportedRef) {
    this.mapped.get(kind)!.set(String(externalId), ref);
    if (!this.dryRun) await recordImported(this.site, kind, String(externalId), ref);
  }

  /** An id for something a dry run pretends to create. */
  nextFakeId(): number {
    return -++this.fakeId;
  }
}
