'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { documentText } from '@/lib/content/document';
import { bodyConflicts, resolveBody, type Choice, type MergeResult } from '@/lib/content/merge';
import type { EditorFields } from '@/lib/validation/article-draft';

const show = (value: unknown) => (typeof value === 'string' ? value : value === null ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/**
 * What two editors both changed, side by side: for each place, keep mine, theirs or (in the text)
 * both. Everything that did not clash is already merged.
 */
export function ConflictPanel({
  merge,
  otherName,
  onResolve,
}: {
  merge: MergeResult<EditorFields>;
  otherName: string;
  onResolve: (fields: EditorFields) => void;
}) {
  const t = useTranslations('Admin.editor');
  const [fieldChoices, setFieldChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const blocks = bodyConflicts(merge.body);
  const [blockChoices, setBlockChoices] = useState<Choice[]>(blocks.map(() => 'mine'));
  const option = (name: string, value: string, checked: boolean, label: string, onChange: () => void) => (
    <label className="flex min-h-11 items-center gap-2">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} className="size-5" />
      {label}
    </label>
  );
  return (
    <section aria-labelledby="conflict-title" className="rounded-lg border-2 border-urgent bg-surface p-4">
      <h2 id="conflict-title" className="font-kufi text-lg font-bold">
        {t('conflictCompare')}
      </h2>
      <ol className="mt-3 flex flex-col gap-4">
        {merge.fieldConflicts.map((c) => (
          <li key={c.field} className="rounded border border-line p-3">
            <p className="font-bold">{t(`conflictFields.${c.field}`)}</p>
            <div className="mt-2 grid gap-2 md:grid-cols-2">
              <div>
                {option(`conflict-${c.field}`, 'mine', (fieldChoices[c.field] ?? 'mine') === 'mine', t('conflictMine'), () =>
                  setFieldChoices((s) => ({ ...s, [c.field]: 'mine' })),
                )}
                <p dir="auto" className="rounded bg-line/40 p-2">
                  {show(c.mine)}
                </p>
              </div>
              <div>
                {option(`conflict-${c.field}`, 'theirs', fieldChoices[c.field] === 'theirs', t('conflictTheirs', { name: otherName }), () =>
                  setFieldChoices((s) => ({ ...s, [c.field]: 'theirs' })),
                )}
                <p dir="auto" className="rounded bg-line/40 p-2">
                  {show(c.theirs)}
                </p>
              </div>
            </div>
          </li>
        ))}
        {blocks.map((c, i) => (
          <li key={`body-${i}`} className="rounded border border-line p-3">
            <p className="font-bold">{t('conflictBodyPlace', { n: i + 1 })}</p>
            <div className="mt-2 grid gap-2 md:grid-cols-2">
              <div>
                {option(`conflict-body-${i}`, 'mine', blockChoices[i] === 'mine', t('conflictMine'), () =>
                  setBlockChoices((s) => s.map((v, j) => (j === i ? 'mine' : v))),
                )}
                <p dir="auto" className="whitespace-pre-line rounded bg-line/40 p-2">
                  {documentText({ type: 'doc', content: c.mine }) || '—'}
                </p>
              </div>
              <div>
                {option(`conflict-body-${i}`, 'theirs', blockChoices[i] === 'theirs', t('conflictTheirs', { name: otherName }), () =>
                  setBlockChoices((s) => s.map((v, j) => (j === i ? 'theirs' : v))),
                )}
                <p dir="auto" className="whitespace-pre-line rounded bg-line/40 p-2">
                  {documentText({ type: 'doc', content: c.theirs }) || '—'}
                </p>
              </div>
            </div>
            {option(`conflict-body-${i}`, 'both', blockChoices[i] === 'both', t('conflictBoth'), () =>
              setBlockChoices((s) => s.map((v, j) => (j === i ? 'both' : v))),
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="mt-4 inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-bold text-on-brand"
        onClick={() => {
          const fields = { ...merge.fields, body: resolveBody(merge.body, blockChoices) };
          for (const c of merge.fieldConflicts) if (fieldChoices[c.field] === 'theirs') (fields as Record<string, unknown>)[c.field] = c.theirs;
          onResolve(fields);
        }}
      >
        {t('conflictApply')}
      </button>
    </section>
  );
}
