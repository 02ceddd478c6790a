'use client';

import { useTranslations } from 'next-intl';

/** The ten recovery codes, shown once, with a text file to keep them. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('Admin.twoFactor');
  const file = `data:text/plain;charset=utf-8,${encodeURIComponent(`${codes.join('\n')}\n`)}`;
  return (
    <section aria-labelledby="recovery-codes" className="flex flex-col gap-3 rounded-md border border-line p-4">
      <h3 id="recovery-codes" className="font-kufi text-lg font-bold">
        {t('recoveryTitle')}
      </h3>
      <p>{t('recoveryIntro')}</p>
      <ol dir="ltr" className="grid grid-cols-2 gap-2 font-mono text-lg" aria-label={t('recoveryTitle')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <a href={file} download="recovery-codes.txt" className="self-start font-bold text-brand underline">
        {t('download')}
      </a>
    </section>
  );
}
