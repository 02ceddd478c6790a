'use server';

import { refreshTags } from '@/lib/cache/refresh';
import { cacheTags } from '@/lib/cache-tags';
import { recordAudit } from '@/lib/data/audit';
import { updateSiteSettings } from '@/lib/data/site';
import { SettingsSchema, SOCIAL_NETWORKS } from '@/lib/validation/settings';
import { staffAction } from './staff-action';

export const saveSettings = staffAction('saveSettings', SettingsSchema, async (user, input) => {
  const socialLinks = Object.fromEntries(SOCIAL_NETWORKS.filter((n) => input[n]).map((n) => [n, input[n]]));
  await updateSiteSettings({
    siteName: input.siteName,
    tagline: input.tagline,
    description: input.description,
    brandColor: input.brandColor.toLowerCase(),
    socialLinks,
    commentsEnabled: input.commentsEnabled,
    autoApproveKnown: input.autoApproveKnown,
    commentsCloseAfterDays: input.commentsCloseAfterDays,
    commentsPerDayLimit: input.commentsPerDayLimit,
    rssFullText: input.rssFullText,
  });
  await recordAudit(user.id, 'settings.update', 'settings', 1);
  // The name, colours and links are on every page; feeds carry the name too.
  await refreshTags([cacheTags.settings, cacheTags.feeds]);
  return { status: 'ok', message: 'saved' };
});
