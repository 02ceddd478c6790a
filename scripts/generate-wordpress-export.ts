// npm run wordpress:generate -- <out.xml> [--posts 10000] [--from ../shared/fixtures/wordpress/export.xml]
// A large WordPress export for measuring the importer: the fixture's items repeated, each copy with
// new ids (posts, comments, attachments and the references between them) and new slugs, written as
// a stream. The images stay the same files, as re-used photos would.
import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { posts: { type: 'string', default: '10000' }, from: { type: 'string', default: '../shared/fixtures/wordpress/export.xml' } },
});
const [out] = positionals;
const wanted = Number(values.posts);
if (!out || !Number.isInteger(wanted) || wanted < 1) {
  console.error('usage: npm run wordpress:generate -- <out.xml> [--posts 10000] [--from export.xml]');
  process.exit(2);
}

const source = fs.readFileSync(values.from, 'utf8');
const first = source.indexOf('<item>');
const end = source.lastIndexOf('</channel>');
const head = source.slice(0, source.lastIndexOf('\n', first) + 1);
const items = source.slice(head.length, source.lastIndexOf('\n', end) + 1);
const tail = source.slice(head.length + items.length);
const postsPerCopy = (items.match(/<wp:post_type><!\[CDATA\[post\]\]><\/wp:post_type>/g) ?? []).length;
const maxId = Math.max(...[...items.matchAll(/<wp:(?:post|comment)_id>(\d+)</g)].map((m) => Number(m[1])));
const step = 10 ** String(maxId).length;

/** One copy of the items: every id moved by `offset`, every slug and address given a suffix. */
function copy(n: number): string {
  if (n === 0) return items;
  const offset = n * step;
  const add = (id: string) => String(Number(id) + offset);
  return items
    .replace(/<wp:(post_id|comment_id)>(\d+)</g, (_, tag, id) => `<wp:${tag}>${add(id)}<`)
    .replace(/<wp:(post_parent|comment_parent)>([1-9]\d*)</g, (_, tag, id) => `<wp:${tag}>${add(id)}<`)
    .replace(/(<wp:meta_key><!\[CDATA\[_thumbnail_id\]\]><\/wp:meta_key>\s*<wp:meta_value><!\[CDATA\[)(\d+)/g, (_, before, id) => before + add(id))
    .replace(/\b(wp-image-|attachment_)(\d+)/g, (_, prefix, id) => prefix + add(id))
    .replace(/("id":)(\d+)/g, (_, key, id) => key + add(id))
    .replace(/([?&](?:p|page_id|attachment_id)=)(\d+)/g, (_, key, id) => key + add(id))
    .replace(/(<wp:post_name><!\[CDATA\[)([^\]]+)/g, (_, before, slug) => `${before}${slug}-${n}`)
    .replace(/(http:\/\/127\.0\.0\.1:8080\/)(?!wp-content\/)([^"<\s?]+)\/(?=[<"\s])/g, (_, base, path) => `${base}${path}-${n}/`);
}

const stream = fs.createWriteStream(out);
stream.write(head);
let posts = 0;
for (let n = 0; posts < wanted; n++) {
  if (!stream.write(copy(n))) await once(stream, 'drain');
  posts += postsPerCopy;
}
stream.end(tail);
await once(stream, 'finish');
console.log(`${out}: ${posts} posts (${Math.ceil(wanted / postsPerCopy)} copies of the fixture's items), ${(fs.statSync(out).size / 1e6).toFixed(1)} MB`);
