'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import type { EditorCommands } from './extensions';
import type { RichTextTool } from '@/lib/i18n-keys';

type Tool = { name: RichTextTool; keys?: string; active?: boolean; disabled?: boolean; run: () => void; glyph: string };

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The formatting toolbar: one row that scrolls sideways on a phone, every button labelled in the
 * editor's language with its keyboard shortcut, toggles saying whether they are on.
 */
export function Toolbar({ editor, commands }: { editor: Editor; commands: EditorCommands }) {
  const t = useTranslations('Admin.richText');
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      quote: e.isActive('blockquote'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      table: e.isActive('table'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
  const mod = isMac() ? '⌘' : 'Ctrl';
  const chain = () => editor.chain().focus();
  const groups: Tool[][] = [
    [
      { name: 'heading2', glyph: 'H2', keys: `${mod}+Alt+2`, active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
      { name: 'heading3', glyph: 'H3', keys: `${mod}+Alt+3`, active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    ],
    [
      { name: 'bold', glyph: 'B', keys: `${mod}+B`, active: state.bold, run: () => chain().toggleBold().run() },
      { name: 'italic', glyph: 'I', keys: `${mod}+I`, active: state.italic, run: () => chain().toggleItalic().run() },
      { name: 'link', glyph: '🔗', keys: `${mod}+K`, active: state.link, run: commands.link },
    ],
    [
      { name: 'quote', glyph: '❝', keys: `${mod}+Shift+B`, active: state.quote, run: () => chain().toggleBlockquote().run() },
      { name: 'bulletList', glyph: '•', keys: `${mod}+Shift+8`, active: state.bullet, run: () => chain().toggleBulletList().run() },
      { name: 'orderedList', glyph: '1.', keys: `${mod}+Shift+7`, active: state.ordered, run: () => chain().toggleOrderedList().run() },
      {
        name: 'table',
        glyph: '▦',
        active: state.table,
        run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        disabled: state.table,
      },
      { name: 'rule', glyph: '―', keys: `${mod}+Shift+H`, run: () => chain().setHorizontalRule().run() },
    ],
    [
      { name: 'image', glyph: '🖼', keys: `${mod}+Shift+I`, run: commands.image },
      { name: 'embed', glyph: '▶', keys: `${mod}+Shift+E`, run: commands.embed },
      { name: 'readAlso', glyph: '↗', keys: `${mod}+Shift+R`, run: commands.readAlso },
    ],
    [
      { name: 'undo', glyph: '↶', keys: `${mod}+Z`, run: () => chain().undo().run(), disabled: !state.undo },
      { name: 'redo', glyph: '↷', keys: `${mod}+Shift+Z`, run: () => chain().redo().run(), disabled: !state.redo },
    ],
  ];
  const tableTools: Tool[] = state.table
    ? [
        { name: 'addRow', glyph: '+≡', run: () => chain().addRowAfter().run() },
        { name: 'addColumn', glyph: '+‖', run: () => chain().addColumnAfter().run() },
        { name: 'deleteRow', glyph: '−≡', run: () => chain().deleteRow().run() },
        { name: 'deleteColumn', glyph: '−‖', run: () => chain().deleteColumn().run() },
        { name: 'deleteTable', glyph: '✕▦', run: () => chain().deleteTable().run() },
      ]
    : [];
  const button = (tool: Tool) => {
    const label = t(`tools.${tool.name}`);
    return (
      <button
        key={tool.name}
        type="button"
        aria-label={label}
        title={tool.keys ? `${label} (${tool.keys})` : label}
        aria-pressed={tool.active === undefined ? undefined : tool.active}
        aria-keyshortcuts={tool.keys?.replace('⌘', 'Meta').replace('Ctrl', 'Control')}
        disabled={tool.disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={tool.run}
        className="inline-flex size-11 shrink-0 items-center justify-center rounded-md font-bold hover:bg-line disabled:opacity-40 aria-pressed:bg-brand aria-pressed:text-on-brand"
      >
        <span aria-hidden="true" dir="ltr" className={tool.name === 'italic' ? 'font-serif italic' : ''}>
          {tool.glyph}
        </span>
      </button>
    );
  };
  return (
    <div
      role="toolbar"
      aria-label={t('toolbar')}
      className="sticky top-0 z-20 flex items-center gap-1 overflow-x-auto border-b border-line bg-surface/95 p-1 backdrop-blur"
    >
      {groups.map((group, i) => (
        <div key={i} className="flex shrink-0 items-center gap-0.5 border-e border-line pe-1 last:border-e-0">
          {group.map(button)}
        </div>
      ))}
      {tableTools.length > 0 && <div className="flex shrink-0 items-center gap-0.5 rounded bg-line/50">{tableTools.map(button)}</div>}
    </div>
  );
}
