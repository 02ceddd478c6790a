import { Fragment } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/forms/action-button';
import { endOtherSessionsAction, endSessionAction } from '@/lib/actions/admin/sessions';
import type { AccountSession } from '@/lib/auth/account-sessions';
import { formatDateTime } from '@/lib/text/dates';

interface Props {
  sessions: AccountSession[];
  limits: { idleHours: number; maxDays: number };
}

/** An IPv6 address may wrap on a phone: between its groups, never inside one. */
const breakable = (address: string) =>
  address.split(':').map((group, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          :<wbr />
        </>
      )}
      {group}
    </Fragment>
  ));

/** The account page's section: where this account is signed in, and a way to end the others. */
export async function ActiveSessions({ sessions, limits }: Props) {
  const [t, locale] = await Promise.all([getTranslations('Admin.sessions'), getLocale()]);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <section aria-labelledby="sessions" className="mt-8 flex flex-col gap-4 rounded-lg border border-line bg-surface p-4">
      <h2 id="sessions" className="font-kufi text-lg font-bold">
        {t('title')}
      </h2>
      <p className="text-muted">{t('intro', limits)}</p>
      <ul className="flex flex-col gap-3" aria-label={t('title')}>
        {sessions.map((s) => (
          <li key={s.handle} className={`flex flex-col gap-2 rounded-md border p-3 ${s.current ? 'border-brand' : 'border-line'}`}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h3 className="font-bold">
                <bdi>{s.device.browser ?? t('unknownBrowser')}</bdi>
                {s.device.os && (
                  <>
                    {' · '}
                    <bdi>{s.device.os}</bdi>
                  </>
                )}
              </h3>
              <span className="text-sm text-muted">{t(`kinds.${s.device.kind}`)}</span>
              {s.current && <span className="rounded bg-brand px-2 py-0.5 text-sm font-bold text-on-brand">{t('thisDevice')}</span>}
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted">{t('signedIn')}</dt>
              <dd>
                <time dateTime={s.createdAt.toISOString()}>{formatDateTime(s.createdAt, locale)}</time>
              </dd>
              <dt className="text-muted">{t('lastActive')}</dt>
              <dd>
                <time dateTime={s.lastSeenAt.toISOString()}>{formatDateTime(s.lastSeenAt, locale)}</time>
              </dd>
              <dt className="text-muted">{t('address')}</dt>
              <dd>{s.ipAddress ? <bdi dir="ltr">{breakable(s.ipAddress)}</bdi> : t('addressUnknown')}</dd>
            </dl>
            {!s.current && (
              <ActionButton action={endSessionAction} hidden={{ session: s.handle }} label={t('end')} okKey="sessions.ended" variant="secondary" />
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <ActionButton
          action={endOtherSessionsAction}
          hidden={{}}
          label={t('endOthers')}
          confirm={t('endOthersConfirm', { count: others })}
          okKey="sessions.endedOthers"
          variant="danger"
        />
      ) : (
        <p>{t('noOthers')}</p>
      )}
    </section>
  );
}
