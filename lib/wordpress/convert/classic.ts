// A classic-editor post: text with blank lines between paragraphs, inline HTML and shortcodes.
// Shortcodes are read with WordPress's own parser (@wordpress/shortcode) and become elements the
// HTML converter knows; blank lines become paragraphs the way WordPress's wpautop() shows them.
import { replace, type Shortcode } from '@wordpress/shortcode';
import type { ConvertContext } from './context';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** [caption]<img …> The caption[/caption] (and the older caption="…" attribute). */
function caption(sc: Shortcode): string {
  const content = sc.content ?? '';
  const m = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(content);
  const image = m?.[1] ?? '';
  const text = (m ? m[2]! : content).trim() || sc.attrs.named.caption || '';
  return `\n\n<figure class="wp-caption">${image}<figcaption>${text}</figcaption></figure>\n\n`;
}

const block = (html: string) => `\n\n${html}\n\n`;

/** Replaces the shortcodes WordPress itself defines, and removes the ones plugins define. */
export function shortcodesToHtml(content: string, ctx: ConvertContext): string {
  let text = content;
  for (const tag of ['caption', 'wp_caption']) text = replace(tag, text, caption);
  text = replace('embed', text, (sc) => block(`<x-embed url="${escapeAttr((sc.content || sc.attrs.named.src || '').trim())}"></x-embed>`));
  text = replace('gallery', text, (sc) => block(`<x-gallery ids="${escapeAttr(sc.attrs.named.ids ?? sc.attrs.named.include ?? '')}"></x-gallery>`));
  for (const tag of ['video', 'audio', 'playlist']) {
    text = replace(tag, text, (sc) => {
      const named = sc.attrs.named;
      const src = named.src ?? named.mp4 ?? named.mp3 ?? named.m4a ?? named.ogg ?? named.webm ?? sc.content ?? '';
      return block(`<x-media src="${escapeAttr(src.trim())}"></x-media>`);
    });
  }
  // Other shortcodes come from plugins that are not here. One with attributes or a closing tag is
  // a shortcode (its enclosed text is kept); a bare [word] is left as the text it may well be.
  const tags = new Set([...text.matchAll(/\[([a-z][\w-]*)(?=[\s\]/])/gi)].map((m) => m[1]!.toLowerCase()));
  for (const tag of tags) {
    text = replace(tag, text, (sc) => {
      const hasAttrs = Object.keys(sc.attrs.named).length > 0 || sc.attrs.numeric.length > 0;
      if (sc.type !== 'closed' && !hasAttrs) return undefined as unknown as string;
      ctx.warn('unknown-shortcode', `[${sc.tag}]`);
      return sc.content ?? '';
    });
  }
  return text;
}

/** A URL alone on its line: WordPress shows the post or video it points to. */
function autoEmbeds(text: string): string {
  return text.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gim, (_, url: string) => block(`<x-embed url="${escapeAttr(url)}"></x-embed>`));
}

const BLOCK_START =
  /^<(p|div|h[1-6]|ul|ol|dl|li|blockquote|figure|table|hr|pre|section|article|header|footer|aside|nav|address|center|details|iframe|video|audio|object|form|script|style|x-embed|x-gallery|x-media)\b/i;
/** Elements whose inner blank lines are not paragraph breaks. */
const CONTAINERS = /<(\/?)(pre|table|ul|ol|dl|blockquote|div|figure|section|object|video|audio|script|style|form|iframe)\b[^>]*>|\n[ \t]*\n/gi;

/** Splits on blank lines outside any container element. */
function topLevelChunks(text: string): string[] {
  const chunks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of text.matchAll(CONTAINERS)) {
    if (m[2]) depth = Math.max(0, depth + (m[1] ? -1 : /\/>$/.test(m[0]) ? 0 : 1));
    else if (depth === 0) {
      chunks.push(text.slice(start, m.index));
      start = m.index! + m[0].length;
    }
  }
  chunks.push(text.slice(start));
  return chunks;
}

/** wpautop(): paragraphs from blank lines, line breaks from single newlines. */
export function autop(text: string): string {
  return topLevelChunks(text.replace(/\r\n?/g, '\n'))
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');
}

/** Classic content to HTML the converter reads. */
export function classicToHtml(content: string, ctx: ConvertContext): string {
  if (/<!--\s*nextpage\s*-->/i.test(content)) ctx.warn('page-break-removed');
  return autop(autoEmbeds(shortcodesToHtml(content, ctx)));
}
