import { defaultSchema, type Options } from 'rehype-sanitize';

// What an article body may contain: headings, paragraphs, quotes, lists, links and images.
// Everything else (scripts, iframes, styles, tables, raw HTML, event handlers) is dropped.
export const articleSchema: Options = {
  ...defaultSchema,
  tagNames: ['h2', 'h3', 'p', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'img', 'br', 'hr', 'bdi'],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  clobberPrefix: 'c-',
  strip: ['script', 'style'],
};
