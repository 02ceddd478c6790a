import { wordDiff } from '@/lib/text/word-diff';

/** Word-level differences between an earlier text and the current one. */
export function TextDiff({ before, after, labels }: { before: string; after: string; labels: { added: string; removed: string } }) {
  return (
    <p dir="auto" className="whitespace-pre-wrap leading-loose">
      {wordDiff(before, after).map((part, i) =>
        part.added ? (
          <ins key={i} className="bg-emerald-200 text-emerald-950 no-underline" title={labels.added}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-200 text-red-950" title={labels.removed}>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
