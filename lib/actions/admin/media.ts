'use server';

import { z } from 'zod';
import { can } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/data/audit';
import { deleteMediaRow, findMedia, insertMedia, mediaUsage, updateMediaText } from '@/lib/data/media';
import { removeImage, storeImage, UnsupportedImageError } from '@/lib/media/store';
import { MediaUpdateSchema, MediaUploadSchema } from '@/lib/validation/media';
import { staffAction } from './staff-action';

/** Upload: the type is read from the content by the image decoder, never from the file name. */
export const uploadMedia = staffAction('uploadMedia', MediaUploadSchema, async (user, input) => {
  let stored;
  try {
    stored = await storeImage(Buffer.from(await input.file.arrayBuffer()));
  } catch (e) {
    if (e instanceof UnsupportedImageError) return { status: 'error', message: 'checkFields', errors: { file: ['fileType'] } };
    throw e;
  }
  const media = await insertMedia({
    ...stored,
    originalName: input.file.name.slice(0, 200),
    alt: input.alt,
    caption: input.caption,
    credit: input.credit,
    uploadedById: user.id,
  });
  await recordAudit(user.id, 'media.upload', 'media', media.id, { name: media.originalName });
  return { status: 'ok', message: 'uploaded', id: media.id };
});

export const updateMedia = staffAction('updateMedia', MediaUpdateSchema, async (user, input) => {
  const media = await findMedia(input.id);
  if (!media) return { status: 'error', message: 'notFound' };
  if (media.uploadedById !== user.id && !can(user, 'media:manage')) return { status: 'forbidden', message: 'forbidden' };
  if (!(await updateMediaText(input.id, { alt: input.alt, caption: input.caption, credit: input.credit }))) return { status: 'error', message: 'notFound' };
  await recordAudit(user.id, 'media.update', 'media', input.id);
  return { status: 'ok', message: 'saved', id: input.id };
});

/** Refused while an article or a profile still shows the image. */
export const deleteMedia = staffAction('deleteMedia', z.object({ id: z.coerce.number().int().positive() }), async (user, { id }) => {
  const media = await findMedia(id);
  if (!media) return { status: 'error', message: 'notFound' };
  if (media.uploadedById !== user.id && !can(user, 'media:manage')) return { status: 'forbidden', message: 'forbidden' };
  const usage = await mediaUsage(id);
  if (usage > 0) return { status: 'error', message: 'inUse', values: { count: usage }, id };
  if (!(await deleteMediaRow(id))) return { status: 'error', message: 'notFound' };
  await removeImage(media.key);
  await recordAudit(user.id, 'media.delete', 'media', id, { name: media.originalName });
  return { status: 'ok', message: 'deleted', id };
});
