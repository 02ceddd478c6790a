import { getTranslations } from 'next-intl/server';
import { EntityForm } from '@/components/admin/forms/entity-form';
import { PageHeader } from '@/components/admin/page-header';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-routes';
import { requireStaff } from '@/lib/auth/guards';
import { saveSettings } from '@/lib/actions/admin/settings';
import { getSiteSettings } from '@/lib/data/site';
import { SOCIAL_NETWORKS } from '@/lib/validation/settings';

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.settings'))('title') };
}

export default async function SettingsPage() {
  await requireStaff(ADMIN_SECTIONS.settings);
  const [t, ts, s] = await Promise.all([getTranslations('Admin.settings'), getTranslations('Social'), getSiteSettings()]);
  return (
    <>
      <PageHeader title={t('title')} />
      <EntityForm
        id="settings"
        action={saveSettings}
        className="rounded-lg border border-line bg-surface p-4"
        fields={[
          { name: 'siteName', label: t('siteName'), required: true, maxLength: 80, defaultValue: s.siteName },
          { name: 'tagline', label: t('tagline'), maxLength: 160, defaultValue: s.tagline },
          { name: 'description', label: t('description'), type: 'textarea', maxLength: 400, defaultValue: s.description, wide: true },
          { name: 'brandColor', label: t('brandColor'), type: 'color', help: t('brandColorHelp'), defaultValue: s.brandColor },
          ...SOCIAL_NETWORKS.map((n) => ({
            name: n,
            label: ts(n),
            type: 'url' as const,
            dir: 'ltr' as const,
            maxLength: 300,
            defaultValue: s.socialLinks[n] ?? '',
          })),
          { name: 'commentsEnabled', label: t('commentsEnabled'), type: 'checkbox', defaultValue: s.commentsEnabled, wide: true },
          { name: 'autoApproveKnown', label: t('autoApproveKnown'), type: 'checkbox', defaultValue: s.autoApproveKnown, wide: true },
          { name: 'commentsCloseAfterDays', label: t('commentsCloseAfterDays'), type: 'number', defaultValue: s.commentsCloseAfterDays },
          { name: 'commentsPerDayLimit', label: t('commentsPerDayLimit'), type: 'number', defaultValue: s.commentsPerDayLimit },
          { name: 'rssFullText', label: t('rssFullText'), type: 'checkbox', defaultValue: s.rssFullText, wide: true },
        ]}
        submitLabel={t('save')}
        okKey="settings.saved"
      />
    </>
  );
}
