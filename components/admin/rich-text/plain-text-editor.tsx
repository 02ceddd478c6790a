'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';

const ONLY_PARAGRAPHS = {
  bold: false,
  italic: false,
  heading: false,
  blockquote: false,
  bulletList: false,
  orderedList: false,
  listItem: false,
  listKeymap: false,
  code: false,
  codeBlock: false,
  horizontalRule: false,
  strike: false,
  underline: false,
  link: false,
  hardBreak: false,
  dropcursor: false,
  gapcursor: false,
  trailingNode: false,
  paragraph: { HTMLAttributes: { dir: 'auto' } },
} as const;

const toDoc = (text: string) => ({
  type: 'doc',
  content: (text ? text.split('\n') : ['']).map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })),
});

interface Props {
  initial: string;
  dir: 'rtl' | 'ltr';
  labelledBy: string;
  describedBy?: string;
  placeholder?: string;
  maxLength: number;
  onChange: (text: string) => void;
}

/**
 * Plain text written like the body (the excerpt): the same editing, direction and typing, no
 * formatting; paragraphs are lines of the text.
 */
export function PlainTextEditor({ initial, dir, labelledBy, describedBy, placeholder = '', maxLength, onChange }: Props) {
  const editor = useEditor({
    extensions: [StarterKit.configure(ONLY_PARAGRAPHS), Placeholder.configure({ placeholder })],
    content: toDoc(initial),
    immediatelyRender: false,
    editorProps: {
      attributes: {
        dir,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        class: 'min-h-16 rounded-md border border-line bg-surface px-3 py-2 text-lg focus:border-brand focus:outline-none',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getText({ blockSeparator: '\n' }).slice(0, maxLength)),
  });
  return <EditorContent editor={editor} />;
}
