import { getTranslations } from 'next-intl/server';
import { ActiveSessions } from '@/components/admin/account/active-sessions';
import { EntityForm } from '@/components/admin/forms/entity-form';
import { PageHeader } from '@/components/admin/page-header';
import { TwoFactorSettings } from '@/components/admin/two-factor/two-factor-settings';
import { accountSessions } from '@/lib/auth/account-sessions';
import { requireStaff } from '@/lib/auth/guards';
import { sessionLimits } from '@/lib/auth/session-policy';
import { twoFactorStatus } from '@/lib/auth/two-factor';
import { secondFactorRequired } from '@/lib/auth/two-factor-policy';
import { changePasswordAction, updateProfileAction } from '@/lib/actions/admin/users';
import { findProfile } from '@/lib/data/users';
import { PROFILE_LOCALES } from '@/lib/validation/users';

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.account'))('title') };
}

export default async function AccountPage() {
  const user = await requireStaff();
  const [t, tu, profile, twoFactor, sessions] = await Promise.all([
    getTranslations('Admin.account'),
    getTranslations('Admin.users'),
    findProfile(user.id),
    twoFactorStatus(user.id),
    accountSessions(user.id),
  ]);
  const limits = sessionLimits();
  return (
    <>
      <PageHeader title={t('title')} />
      <section aria-labelledby="profile" className="rounded-lg border border-line bg-surface p-4">
        <h2 id="profile" className="mb-4 font-kufi text-lg font-bold">
          {t('profile')}
        </h2>
        <EntityForm
          id="profile"
          action={updateProfileAction}
          fields={[
            { name: 'name', label: t('name'), required: true, maxLength: 80, defaultValue: profile?.name },
            {
              name: 'locale',
              label: t('locale'),
              type: 'select',
              options: PROFILE_LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) })),
              defaultValue: profile?.locale,
            },
            { name: 'bio', label: t('bio'), type: 'textarea', maxLength: 500, defaultValue: profile?.bio, wide: true },
          ]}
          submitLabel={t('save')}
          okKey="account.saved"
        />
      </section>
      <section aria-labelledby="password" className="mt-8 rounded-lg border border-line bg-surface p-4">
        <h2 id="password" className="mb-4 font-kufi text-lg font-bold">
          {t('password')}
        </h2>
        <EntityForm
          id="password"
          action={changePasswordAction}
          fields={[
            { name: 'currentPassword', label: t('currentPassword'), type: 'password', required: true, autoComplete: 'current-password', dir: 'ltr' },
            {
              name: 'newPassword',
              label: t('newPassword'),
              type: 'password',
              required: true,
              help: tu('passwordHelp'),
              autoComplete: 'new-password',
              dir: 'ltr',
            },
          ]}
          submitLabel={t('save')}
          okKey="account.passwordChanged"
          resetOnSuccess
        />
      </section>
      <TwoFactorSettings status={twoFactor} required={secondFactorRequired(user.role)} />
      <ActiveSessions sessions={sessions} limits={{ idleHours: limits.idleMs / 3_600_000, maxDays: limits.maxMs / 86_400_000 }} />
    </>
  );
}
