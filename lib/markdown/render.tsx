import 'server-only';
import type { ComponentProps, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { articleSchema } from './sanitize-schema';
import { rehypeIsolateLatin } from './isolate-latin';

export type BodyComponents = Partial<Components> & {
  img: (props: ComponentProps<'img'>) => ReactNode;
  a: (props: ComponentProps<'a'>) => ReactNode;
};

const pipeline = (rtl: boolean) => {
  const p = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, articleSchema);
  return rtl ? p.use(rehypeIsolateLatin) : p;
};

/** Markdown source -> sanitised React elements. Raw HTML in the source is never rendered. */
export function renderMarkdown(source: string, options: { rtl: boolean; components: BodyComponents }): ReactNode {
  const processor = pipeline(options.rtl);
  const tree = processor.runSync(processor.parse(source)) as Root;
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: options.components });
}

/** Media keys of the library images a body embeds (`![alt](/media/<key>)`), to load their sizes. */
export function embeddedMediaKeys(source: string): string[] {
  return [...source.matchAll(/\]\(\/media\/([\w-]+)\)/g)].map((m) => m[1]!);
}

/** The same pipeline to an HTML string, for the editor's live preview (sanitised like the site). */
export function renderMarkdownToHtml(source: string, rtl: boolean): string {
  const processor = pipeline(rtl);
  return toHtml(processor.runSync(processor.parse(source)) as Root);
}
