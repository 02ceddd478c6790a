import { getLocale, getTranslations } from 'next-intl/server';
import { EntityForm } from '@/components/admin/forms/entity-form';
import { PageHeader } from '@/components/admin/page-header';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-routes';
import { requireStaff } from '@/lib/auth/guards';
import { ROLES } from '@/lib/auth/roles';
import { ActionButton } from '@/components/admin/forms/action-button';
import { resetTwoFactorAction } from '@/lib/actions/admin/two-factor';
import { createUserAction, updateUserAccessAction } from '@/lib/actions/admin/users';
import { listUsers } from '@/lib/data/users';
import { formatDateTime } from '@/lib/text/dates';

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.users'))('title') };
}

export default async function UsersPage() {
  const me = await requireStaff(ADMIN_SECTIONS.users);
  const [t, ta, t2, locale, users] = await Promise.all([
    getTranslations('Admin.users'),
    getTranslations('Admin'),
    getTranslations('Admin.twoFactor'),
    getLocale(),
    listUsers(),
  ]);
  const roleOptions = ROLES.map((r) => ({ value: r, label: ta(`roles.${r}`) }));
  return (
    <>
      <PageHeader title={t('title')} />
      <ul className="grid gap-4 lg:grid-cols-2">
        {users.map((u) => (
          <li key={u.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="font-bold">{u.name}</p>
            <p className="text-sm text-muted" dir="ltr">
              {u.email}
            </p>
            <p className="mb-3 text-sm text-muted">
              {`${t('lastSeen')}: `}
              {u.sessions[0] ? <time dateTime={u.sessions[0].lastSeenAt.toISOString()}>{formatDateTime(u.sessions[0].lastSeenAt, locale)}</time> : t('never')}
              {!u.active && ` · ${t('inactive')}`}
            </p>
            <p className="mb-3 text-sm">{t2(u.twoFactor?.enabledAt ? 'userOn' : 'userOff')}</p>
            {u.id === me.id ? (
              <p className="text-sm">{`${t('role')}: ${ta(`roles.${u.role}`)}`}</p>
            ) : (
              <EntityForm
                id={`user-${u.id}`}
                action={updateUserAccessAction}
                hidden={{ id: u.id }}
                fields={[
                  { name: 'role', label: t('role'), type: 'select', options: roleOptions, defaultValue: u.role },
                  { name: 'active', label: t('active'), type: 'checkbox', defaultValue: u.active },
                ]}
                submitLabel={t('save')}
                okKey="users.saved"
              />
            )}
            {u.id !== me.id && u.twoFactor?.enabledAt && (
              <div className="mt-3">
                <ActionButton
                  action={resetTwoFactorAction}
                  hidden={{ id: u.id }}
                  label={t2('reset')}
                  confirm={t2('resetConfirm')}
                  okKey="twoFactor.resetDone"
                  variant="danger"
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="add-user" className="mt-8 rounded-lg border border-line bg-surface p-4">
        <h2 id="add-user" className="mb-4 font-kufi text-lg font-bold">
          {t('add')}
        </h2>
        <EntityForm
          id="user-new"
          action={createUserAction}
          fields={[
            { name: 'name', label: t('name'), required: true, maxLength: 80 },
            { name: 'email', label: t('email'), type: 'email', required: true, dir: 'ltr', autoComplete: 'off' },
            { name: 'role', label: t('role'), type: 'select', options: roleOptions, defaultValue: 'AUTHOR' },
            {
              name: 'password',
              label: t('password'),
              type: 'password',
              required: true,
              help: t('passwordHelp'),
              autoComplete: 'new-password',
              maxLength: 200,
              dir: 'ltr',
            },
          ]}
          submitLabel={t('create')}
          okKey="users.created"
          resetOnSuccess
        />
      </section>
    </>
  );
}
