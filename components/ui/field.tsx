import type { ReactNode } from 'react';
import { Icon } from './icon';

interface Props {
  id: string;
  label: string;
  required?: boolean;
  requiredLabel?: string;
  help?: string;
  /** Already translated messages. */
  errors?: string[];
  children: ReactNode;
  className?: string;
}

/** Label above, help and errors under the control, errors tied to it for screen readers. */
export function Field({ id, label, required, requiredLabel, help, errors = [], children, className = '' }: Props) {
  return (
    <div className={className || undefined}>
      <label htmlFor={id} id={`${id}-label`} className="mb-1 block font-bold">
        {label}
        {required && (
          <>
            <span className="text-urgent" aria-hidden="true">
              {' *'}
            </span>
            {requiredLabel && <span className="sr-only">{` (${requiredLabel})`}</span>}
          </>
        )}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} className="mt-1 text-sm text-muted">
          {help}
        </p>
      )}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** A control's errors, announced as they change, with the id its control points to. */
export function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  return (
    <div id={`${id}-error`} aria-live="polite">
      {errors.map((e) => (
        <p key={e} className="mt-1 flex items-center gap-1 text-sm font-bold text-urgent">
          <Icon name="warning" className="size-4 shrink-0" />
          {e}
        </p>
      ))}
    </div>
  );
}

/** Props that tie a control to its Field's help and errors. */
export function describedBy(id: string, opts: { help?: boolean; errors?: unknown[] }) {
  const ids = [opts.help ? `${id}-help` : '', opts.errors?.length ? `${id}-error` : ''].filter(Boolean);
  return { id, 'aria-describedby': ids.join(' ') || undefined, 'aria-invalid': opts.errors?.length ? true : undefined };
}

/** The text fields' look (app/globals.css): one class, as forms have many fields and pages carry each twice. */
export const inputClass = 'field-input';
