'use client';

import { describedBy, Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionState } from '@/lib/actions/admin/action-state';
import type { AdminMessageKey } from '@/lib/i18n-keys';
import { useActionFeedback } from './use-action-feedback';

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'color' | 'url' | 'textarea' | 'select' | 'checkbox';
  defaultValue?: string | number | boolean;
  options?: { value: string; label: string }[];
  required?: boolean;
  help?: string;
  maxLength?: number;
  dir?: 'ltr' | 'rtl' | 'auto';
  autoComplete?: string;
  /** Grid span on wide screens. */
  wide?: boolean;
}

interface Props {
  id: string;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  fields: FieldSpec[];
  hidden?: Record<string, string | number>;
  submitLabel: string;
  /** «Admin» message key shown after a successful save. */
  okKey: AdminMessageKey;
  /** Clears the fields after a success (forms that create something). */
  resetOnSuccess?: boolean;
  className?: string;
}

/**
 * A server-action form described by data: labels above fields, errors under them, a pending
 * button, and what was typed kept after a refusal.
 */
export function EntityForm({ id, action, fields, hidden = {}, submitLabel, okKey, resetOnSuccess = false, className = '' }: Props) {
  const { state, formAction, t, errorsOf, refusal } = useActionFeedback(action);
  const valueOf = (f: FieldSpec) => (state.status === 'error' && state.values && f.name in state.values ? state.values[f.name] : f.defaultValue);
  const formKey = state.status === 'ok' && resetOnSuccess ? `ok-${state.id}` : JSON.stringify(state.values ?? {});
  return (
    <form key={formKey} action={formAction} noValidate className={`grid gap-4 md:grid-cols-2 ${className}`}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="md:col-span-2" aria-live="polite">
        {state.status === 'ok' && <Notice tone="ok">{t(okKey)}</Notice>}
        {refusal && <Notice tone="error">{refusal}</Notice>}
      </div>
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        const common = { ...describedBy(fid, { help: Boolean(f.help), errors: errorsOf(f.name) }), name: f.name, required: f.required, dir: f.dir };
        if (f.type === 'checkbox') {
          return (
            <label key={f.name} className={`flex min-h-11 items-center gap-2 font-bold ${f.wide ? 'md:col-span-2' : ''}`}>
              <input {...common} type="checkbox" defaultChecked={Boolean(valueOf(f))} className="size-5" />
              {f.label}
            </label>
          );
        }
        const value = valueOf(f);
        return (
          <Field
            key={f.name}
            id={fid}
            label={f.label}
            required={f.required}
            requiredLabel={t('common.required')}
            help={f.help}
            errors={errorsOf(f.name)}
            className={f.wide ? 'md:col-span-2' : ''}
          >
            {f.type === 'textarea' ? (
              <textarea {...common} rows={3} maxLength={f.maxLength} defaultValue={String(value ?? '')} className={inputClass} />
            ) : f.type === 'select' ? (
              <select {...common} defaultValue={String(value ?? '')} className={inputClass}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type={f.type ?? 'text'}
                maxLength={f.maxLength}
                autoComplete={f.autoComplete}
                defaultValue={f.type === 'password' ? '' : String(value ?? '')}
                className={`${inputClass} ${f.type === 'color' ? 'h-11 p-1' : ''}`}
              />
            )}
          </Field>
        );
      })}
      <div className="md:col-span-2">
        <SubmitButton label={submitLabel} pendingLabel={t('common.saving')} />
      </div>
    </form>
  );
}
