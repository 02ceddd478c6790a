'use client';

import { mergeAttributes, Node, Extension, type Editor, type JSONContent } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import { NodeSelection, Plugin } from '@tiptap/pm/state';
import { ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { ComponentType } from 'react';
import StarterKit from '@tiptap/starter-kit';
import { safeHref } from '@/lib/content/document';
import { recogniseEmbed } from '@/lib/content/embeds';
import { cleanPastedHtml } from '@/lib/content/paste-clean';
import { EmbedView, FigureView, GalleryView, QuoteView, ReadAlsoView } from './node-views';

/**
 * Inserts a block where the editor is: after a selected block (a picture or an embed whose caption
 * was just typed is still selected) rather than in its place.
 */
export function insertBlock(editor: Editor, content: JSONContent) {
  const { selection } = editor.state;
  const chain = editor.chain().focus();
  (selection instanceof NodeSelection ? chain.insertContentAt(selection.to, content) : chain.insertContent(content)).run();
}

/** What the toolbar opens from a keyboard shortcut (dialogs live in the React component). */
export interface EditorCommands {
  link: () => void;
  image: () => void;
  embed: () => void;
  readAlso: () => void;
}

const auto = { dir: 'auto' };

/** An atom (an image, an embed, a card): selected and moved as one piece, edited in its node view. */
function atom(name: string, attrs: Record<string, unknown>, view: ComponentType<ReactNodeViewProps>) {
  return Node.create({
    name,
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    addAttributes: () => Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key, { default: value, rendered: false }])),
    parseHTML: () => [{ tag: `[data-node="${name}"]`, getAttrs: (el) => JSON.parse((el as HTMLElement).dataset.attrs ?? '{}') }],
    renderHTML: ({ node, HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-node': name, 'data-attrs': JSON.stringify(node.attrs) })],
    addNodeView: () => ReactNodeViewRenderer(view as ComponentType<ReactNodeViewProps<unknown>>),
  });
}

export const Figure = atom('figure', { mediaId: null, alt: '', caption: null, credit: null }, FigureView);
export const Gallery = atom('gallery', { images: [], caption: null }, GalleryView);
export const Embed = atom('embed', { provider: null, url: null, caption: null }, EmbedView);
export const ReadAlso = atom('readAlso', { articleId: null }, ReadAlsoView);

/** A quotation with the name of who said it (the document's blockquote `source`). */
const QuoteWithSource = Blockquote.extend({
  addAttributes: () => ({
    source: { default: null, parseHTML: (el) => el.getAttribute('data-source'), renderHTML: (a) => (a.source ? { 'data-source': a.source } : {}) },
  }),
  addNodeView: () => ReactNodeViewRenderer(QuoteView as ComponentType<ReactNodeViewProps<unknown>>),
});

/**
 * Pasted HTML is cleaned first (lib/content/paste-clean.ts); a pasted address of a post or a video
 * on its own becomes an embed.
 */
const PasteRules = Extension.create({
  name: 'pasteRules',
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html, (h) => new DOMParser().parseFromString(h, 'text/html')),
          handlePaste: (_view, event) => {
            const text = event.clipboardData?.getData('text/plain').trim() ?? '';
            const found = !/\s/.test(text) ? recogniseEmbed(text) : null;
            if (!found) return false;
            insertBlock(editor, { type: 'embed', attrs: { provider: found.provider, url: found.url } });
            return true;
          },
        },
      }),
    ];
  },
});

function Shortcuts(commands: EditorCommands) {
  return Extension.create({
    name: 'newsroomShortcuts',
    addKeyboardShortcuts: () => ({
      'Mod-k': () => (commands.link(), true),
      'Mod-Shift-i': () => (commands.image(), true),
      'Mod-Shift-e': () => (commands.embed(), true),
      'Mod-Shift-r': () => (commands.readAlso(), true),
      'Mod-Shift-h': ({ editor }: { editor: Editor }) => editor.chain().focus().setHorizontalRule().run(),
    }),
  });
}

export function bodyExtensions(commands: EditorCommands, placeholder: string) {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3], HTMLAttributes: auto },
      paragraph: { HTMLAttributes: auto },
      listItem: { HTMLAttributes: auto },
      blockquote: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => safeHref.safeParse(url).success,
      },
    }),
    QuoteWithSource,
    Table.configure({ resizable: false, HTMLAttributes: { class: 'editor-table' } }),
    TableRow,
    TableHeader.configure({ HTMLAttributes: auto }),
    TableCell.configure({ HTMLAttributes: auto }),
    Figure,
    Gallery,
    Embed,
    ReadAlso,
    PasteRules,
    Shortcuts(commands),
    Placeholder.configure({ placeholder }),
  ];
}
