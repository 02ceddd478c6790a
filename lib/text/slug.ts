// URL slugs that keep Arabic letters: readers share links, and «/news/12/أمطار-الخير» reads better
// in a chat than a transliteration. Marks, tatweel and invisible characters go; everything that is
// not a letter or a digit becomes one hyphen.
import { stripInvisible } from './unicode-controls';

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u0652\u0656-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Accented Latin letters lose their accents (é -> e); Arabic hamza letters stay as they are.
const latinBase = (c: string) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const MAX_LENGTH = 80;

export function slugify(text: string): string {
  const slug = stripInvisible(text)
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(/[\u00C0-\u024F]/g, latinBase)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
