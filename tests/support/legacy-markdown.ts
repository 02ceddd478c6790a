// The pipeline that rendered bodies while they were Markdown (before the editor's documents),
// kept for the test that proves converted bodies read the same: remark, rehype, the same
// allow-list sanitiser, to HTML.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';

const schema = {
  ...defaultSchema,
  tagNames: ['h2', 'h3', 'p', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'img', 'br', 'hr', 'bdi'],
  attributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], ol: ['start'] },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  clobberPrefix: 'c-',
  strip: ['script', 'style'],
};

export function legacyMarkdownHtml(source: string): string {
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, schema);
  return toHtml(processor.runSync(processor.parse(source)) as Root);
}
