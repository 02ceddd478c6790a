'use client';

import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import type { ArticleDocument } from '@/lib/content/document';
import { withoutNulls } from '@/lib/content/editor-json';
import type { ArticleTitle, LibraryItem } from './admin-api';
import { EditorDialog, EmbedForm, ImagePicker, LinkForm, ReadAlsoPicker } from './dialogs';
import { bodyExtensions, insertBlock, type EditorCommands } from './extensions';
import { Toolbar } from './toolbar';

type Dialog = 'link' | 'image' | 'embed' | 'readAlso' | null;

interface Props {
  /** The document the editor starts from (remount with another `key` to replace it). */
  initial: ArticleDocument;
  dir: 'rtl' | 'ltr';
  /** Labels the editable area (the id of the field's label). */
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  onChange: (doc: ArticleDocument) => void;
}

/**
 * The article body's editor (Tiptap on ProseMirror): the document's own nodes, each paragraph
 * finding its direction, a toolbar and shortcuts, dialogs for links, library images, embeds and
 * «اقرأ أيضاً» cards, and pasted content cleaned down to what the document keeps.
 */
export function RichTextEditor({ initial, dir, labelledBy, describedBy, invalid, onChange }: Props) {
  const t = useTranslations('Admin.richText');
  const [dialog, setDialog] = useState<Dialog>(null);
  // The shortcuts open the same dialogs as the toolbar (setDialog never changes).
  const commands = useMemo<EditorCommands>(
    () => ({ link: () => setDialog('link'), image: () => setDialog('image'), embed: () => setDialog('embed'), readAlso: () => setDialog('readAlso') }),
    [],
  );
  const editor = useEditor({
    extensions: bodyExtensions(commands, t('placeholder')),
    // ProseMirror's document holds at least one block: an empty body starts with an empty paragraph.
    content: (initial.content.length ? initial : { type: 'doc', content: [{ type: 'paragraph' }] }) as JSONContent,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        dir,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        class: 'prose-article prose-editor min-h-[24rem] max-w-none px-4 py-3 font-naskh focus:outline-none',
      },
    },
    onUpdate: ({ editor: e }) => onChange(withoutNulls(e.getJSON()) as ArticleDocument),
  });
  const close = () => {
    setDialog(null);
    editor?.commands.focus();
  };
  const insert = (content: JSONContent) => {
    if (editor) insertBlock(editor, content);
    setDialog(null);
  };
  return (
    <div className="rounded-lg border border-line bg-surface focus-within:border-brand aria-invalid:border-urgent" aria-invalid={invalid || undefined}>
      {editor && <Toolbar editor={editor} commands={commands} />}
      <EditorContent editor={editor} />
      {editor && (
        <>
          <EditorDialog open={dialog === 'link'} title={t('tools.link')} onClose={close}>
            <LinkForm
              initial={String(editor.getAttributes('link').href ?? '')}
              onCancel={close}
              onApply={(href) => {
                const chain = editor.chain().focus().extendMarkRange('link');
                if (href === null) chain.unsetLink().run();
                else if (editor.state.selection.empty && !editor.isActive('link'))
                  editor
                    .chain()
                    .focus()
                    .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
                    .run();
                else chain.setLink({ href }).run();
                setDialog(null);
              }}
            />
          </EditorDialog>
          <EditorDialog open={dialog === 'embed'} title={t('tools.embed')} onClose={close}>
            <EmbedForm
              onCancel={close}
              onInsert={(found, caption) => insert({ type: 'embed', attrs: { provider: found.provider, url: found.url, caption: caption || null } })}
            />
          </EditorDialog>
          <EditorDialog open={dialog === 'readAlso'} title={t('tools.readAlso')} onClose={close} wide>
            <ReadAlsoPicker onPick={(a: ArticleTitle) => insert({ type: 'readAlso', attrs: { articleId: a.id } })} />
          </EditorDialog>
          <EditorDialog open={dialog === 'image'} title={t('tools.image')} onClose={close} wide>
            <ImagePicker
              onPick={(m: LibraryItem) =>
                insert({ type: 'figure', attrs: { mediaId: m.id, alt: m.alt, caption: m.caption || null, credit: m.credit || null } })
              }
            />
          </EditorDialog>
        </>
      )}
    </div>
  );
}
