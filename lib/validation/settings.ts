import { z } from 'zod';
import { contrastRatio } from '@/lib/text/contrast';

export const SOCIAL_NETWORKS = ['facebook', 'x', 'youtube', 'instagram', 'whatsapp', 'telegram'] as const;

const checkbox = z
  .union([z.literal('on'), z.literal('')])
  .optional()
  .transform((v) => v === 'on');
const socialUrl = z
  .string()
  .trim()
  .max(300, { error: 'tooLong' })
  .optional()
  .transform((v) => v || '')
  .pipe(z.union([z.literal(''), z.url({ protocol: /^https$/, error: 'urlInvalid' })]));

export const SettingsSchema = z.object({
  siteName: z.string().trim().min(1, { error: 'nameRequired' }).max(80, { error: 'tooLong' }),
  tagline: z.string().trim().max(160, { error: 'tooLong' }).optional().default(''),
  description: z.string().trim().max(400, { error: 'tooLong' }).optional().default(''),
  brandColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'colorInvalid' })
    // White text sits on the brand colour (buttons, labels): it must stay readable.
    .refine((c) => contrastRatio(c, '#ffffff') >= 4.5, { error: 'colorContrast' }),
  ...(Object.fromEntries(SOCIAL_NETWORKS.map((n) => [n, socialUrl])) as Record<(typeof SOCIAL_NETWORKS)[number], typeof socialUrl>),
  commentsEnabled: checkbox,
  autoApproveKnown: checkbox,
  commentsCloseAfterDays: z.coerce.number({ error: 'numberInvalid' }).int({ error: 'numberInvalid' }).min(0).max(3650),
  commentsPerDayLimit: z.coerce.number({ error: 'numberInvalid' }).int({ error: 'numberInvalid' }).min(1).max(1000),
  rssFullText: checkbox,
});
