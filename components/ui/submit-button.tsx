'use client';

import type { ButtonHTMLAttributes } from 'react';
import { useFormStatus } from 'react-dom';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
}

const VARIANTS = {
  primary: 'bg-brand text-on-brand',
  secondary: 'border border-line bg-surface',
  danger: 'border border-urgent text-urgent bg-surface',
};

/** A submit button that shows its form is being sent (and cannot be clicked twice meanwhile). */
export function SubmitButton({ label, pendingLabel, variant = 'primary', className = '', ...rest }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending || rest.disabled}
      aria-disabled={pending || rest.disabled}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 font-bold disabled:opacity-60 ${VARIANTS[variant]} ${className}`}
      {...rest}
    >
      {pending && (
        <span className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none" aria-hidden="true" />
      )}
      {pending ? pendingLabel : label}
    </button>
  );
}
