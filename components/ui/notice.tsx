import type { ReactNode } from 'react';
import { Icon } from './icon';

/** A form-wide result: success in neutral colours, errors in red with an icon (never colour alone). */
export function Notice({ tone, children }: { tone: 'ok' | 'error'; children: ReactNode }) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`flex items-start gap-2 rounded-md border p-3 font-bold ${tone === 'error' ? 'border-urgent text-urgent' : 'border-line bg-surface'}`}
    >
      {tone === 'error' && <Icon name="warning" className="mt-0.5 size-5 shrink-0" />}
      <div>{children}</div>
    </div>
  );
}
