'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldErrors, inputClass } from '@/components/ui/field';

interface Props {
  /** The field's id; its help and errors take it as their prefix. */
  id: string;
  /** «YYYY-MM-DDTHH:MM», Casablanca time, or '' (the form's `scheduleAt`). */
  value: string;
  onChange: (value: string) => void;
  /** The twelve month names in the admin's language (from the server, as readers see them). */
  months: string[];
  errors: string[];
}

type Parts = { day: string; month: string; year: string; hour: string; minute: string };

const split = (value: string): Parts => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  return m
    ? { year: m[1]!, month: String(Number(m[2])), day: String(Number(m[3])), hour: m[4]!, minute: m[5]! }
    : { day: '', month: '', year: '', hour: '', minute: '' };
};

const pad = (n: string) => n.padStart(2, '0');

/** The parts as the form's value, or '' until they make a real date and time. */
function join(p: Parts): string {
  const [d, mo, y, h, mi] = [p.day, p.month, p.year, p.hour, p.minute].map(Number);
  if (![d, mo, y, h, mi].every(Number.isInteger) || !p.year || !p.hour || !p.minute) return '';
  const date = new Date(Date.UTC(y!, mo! - 1, d!));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== mo! - 1 || y! < 2000 || h! > 23 || mi! > 59) return '';
  return `${y}-${pad(String(mo))}-${pad(String(d))}T${pad(String(h))}:${pad(String(mi))}`;
}

/**
 * The publication date as the newsroom writes it (day, month by name, year, 24-hour time in
 * Casablanca), in the admin's language whatever the browser's: a native date-time input shows the
 * browser's own format («mm/dd/yyyy, --:-- --») and its own time zone.
 */
export function ScheduleField({ id, value, onChange, months, errors }: Props) {
  const t = useTranslations('Admin.editor');
  const [parts, setParts] = useState(() => split(value));
  const update = (key: keyof Parts, v: string) => {
    const next = { ...parts, [key]: v.replace(/\D/g, '') };
    setParts(next);
    onChange(join(next));
  };
  const number = (key: keyof Parts, label: string, max: number, width: string) => (
    <label className="flex flex-col text-sm">
      {label}
      <input
        inputMode="numeric"
        autoComplete="off"
        maxLength={max}
        value={parts[key]}
        onChange={(e) => update(key, e.target.value)}
        dir="ltr"
        className={`${inputClass} ${width} text-center`}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
      />
    </label>
  );
  return (
    <fieldset className="max-w-xl" aria-describedby={`${id}-help`}>
      <legend className="mb-1 font-bold">{t('scheduleAt')}</legend>
      <input type="hidden" name="scheduleAt" value={join(parts)} />
      <div className="flex flex-wrap items-end gap-2">
        {number('day', t('scheduleDay'), 2, 'w-16')}
        <label className="flex flex-col text-sm">
          {t('scheduleMonth')}
          <select value={parts.month} onChange={(e) => update('month', e.target.value)} className={`${inputClass} w-36`}>
            <option value="">—</option>
            {months.map((name, i) => (
              <option key={name} value={String(i + 1)}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {number('year', t('scheduleYear'), 4, 'w-24')}
        <span className="flex gap-1" dir="ltr">
          {number('hour', t('scheduleHour'), 2, 'w-16')}
          <span className="self-end pb-3 font-bold" aria-hidden="true">
            :
          </span>
          {number('minute', t('scheduleMinute'), 2, 'w-16')}
        </span>
      </div>
      <p id={`${id}-help`} className="mt-1 text-sm text-muted">
        {t('scheduleHelp')}
      </p>
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
