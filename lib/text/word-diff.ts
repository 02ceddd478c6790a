import { diffArrays } from 'diff';

export type DiffPart = { value: string; added: boolean; removed: boolean };

/** Words and the spaces between them: jsdiff's own word splitting knows only Latin letters, and cut Arabic words letter by letter. */
const tokens = (text: string) => text.split(/(\s+)/).filter(Boolean);

/** Word-level differences between an earlier text and the current one, in any script. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffArrays(tokens(before), tokens(after)).map((part) => ({ value: part.value.join(''), added: Boolean(part.added), removed: Boolean(part.removed) }));
}
