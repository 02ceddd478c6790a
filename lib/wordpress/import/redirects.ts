// The redirects an import writes: one per old address, never one that points to itself.
import { upsertImportedRedirect } from '@/lib/data/imports';
import { sourceOf } from '@/lib/redirects/legacy-path';
import type { ImportRun } from './run';

const written = new WeakMap<ImportRun, Set<string>>();

export async function addRedirect(run: ImportRun, oldAddress: string, target: string, kind: string) {
  const source = sourceOf(oldAddress);
  if (!source || source === sourceOf(target)) return;
  // The same old address met twice in one run (a post's link and its slug alias) counts once.
  const seen = written.get(run) ?? new Set<string>();
  written.set(run, seen);
  if (seen.has(source)) return;
  seen.add(source);
  const outcome = await upsertImportedRedirect(source, target, kind, !run.dryRun);
  run.report.count('redirects', outcome === 'kept' ? 'skipped' : outcome);
}
