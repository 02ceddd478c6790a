'use client';

import { useEffect, useRef, useState } from 'react';
import { IDLE_STATE } from '@/lib/actions/admin/action-state';
import { autosaveArticle } from '@/lib/actions/admin/autosave';
import type { EditorFields } from '@/lib/validation/article-draft';

/** Seconds of quiet typing before the work in progress goes to the server. */
export const AUTOSAVE_DELAY_MS = 3000;

export type AutosaveStatus = { state: 'idle' | 'saving' | 'saved' | 'failed'; savedAt: Date | null };

/**
 * Sends the editor's fields to the server a few seconds after each change (an autosave of this
 * editor, not a save of the article), and says when it last did.
 */
export function useAutosave(fields: EditorFields, base: EditorFields, baseVersion: number, dirty: boolean): AutosaveStatus {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'idle', savedAt: null });
  const lastSent = useRef<string>('');
  const content = JSON.stringify({ fields, base });
  useEffect(() => {
    if (!dirty || content === lastSent.current) return;
    const timer = setTimeout(async () => {
      setStatus((s) => ({ ...s, state: 'saving' }));
      const form = new FormData();
      if (fields.id) form.set('id', String(fields.id));
      form.set('baseVersion', String(baseVersion));
      form.set('content', content);
      try {
        const result = await autosaveArticle(IDLE_STATE, form);
        if (result.status !== 'ok') throw new Error(result.message);
        lastSent.current = content;
        setStatus({ state: 'saved', savedAt: new Date(String(result.values?.savedAt)) });
      } catch {
        setStatus((s) => ({ ...s, state: 'failed' }));
      }
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [content, dirty, fields.id, baseVersion]);
  return status;
}
