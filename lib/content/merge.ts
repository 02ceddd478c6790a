// Three-way merge of an article's edits: what I changed and what another editor saved since the
// version we both started from. Fields changed on one side only take that side; the body is merged
// block by block (paragraphs, headings, figures…), so two people editing different paragraphs
// lose nothing. What both changed differently is returned as a conflict for the editor to decide.
import { diff3Merge } from 'node-diff3';
import type { ArticleDocument, BlockNode } from './document';

export type BodyPart = { ok: BlockNode[] } | { conflict: { mine: BlockNode[]; theirs: BlockNode[] } };
export type Choice = 'mine' | 'theirs' | 'both';

export interface MergeResult<T> {
  /** Every field merged; a field in conflict holds my value until the editor chooses. */
  fields: T;
  fieldConflicts: { field: keyof T & string; mine: unknown; theirs: unknown }[];
  body: BodyPart[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeArticle<T extends { body: ArticleDocument }>(base: T, mine: T, theirs: T): MergeResult<T> {
  const fields = { ...mine };
  const fieldConflicts: MergeResult<T>['fieldConflicts'] = [];
  for (const key of Object.keys(mine) as (keyof T & string)[]) {
    if (key === 'body') continue;
    const [b, m, t] = [base[key], mine[key], theirs[key]];
    if (same(m, t) || same(t, b)) continue;
    if (same(m, b)) fields[key] = t;
    else fieldConflicts.push({ field: key, mine: m, theirs: t });
  }
  const body = mergeBlocks(base.body.content, mine.body.content, theirs.body.content);
  fields.body = resolveBody(body, []);
  return { fields, fieldConflicts, body };
}

function mergeBlocks(base: BlockNode[], mine: BlockNode[], theirs: BlockNode[]): BodyPart[] {
  const key = (blocks: BlockNode[]) => blocks.map((b) => JSON.stringify(b));
  const byKey = new Map([...base, ...mine, ...theirs].map((b) => [JSON.stringify(b), b]));
  const back = (keys: string[]) => keys.map((k) => byKey.get(k)!);
  return diff3Merge(key(mine), key(base), key(theirs), { excludeFalseConflicts: true }).map((region) =>
    region.ok ? { ok: back(region.ok) } : { conflict: { mine: back(region.conflict!.a), theirs: back(region.conflict!.b) } },
  );
}

/** The body with a choice for each conflict, in order (mine when none is given). */
export function resolveBody(parts: BodyPart[], choices: Choice[]): ArticleDocument {
  let n = 0;
  const content = parts.flatMap((part) => {
    if ('ok' in part) return part.ok;
    const choice = choices[n++] ?? 'mine';
    return choice === 'mine' ? part.conflict.mine : choice === 'theirs' ? part.conflict.theirs : [...part.conflict.mine, ...part.conflict.theirs];
  });
  return { type: 'doc', content };
}

export const bodyConflicts = (parts: BodyPart[]) => parts.filter((p): p is Extract<BodyPart, { conflict: unknown }> => 'conflict' in p).map((p) => p.conflict);
