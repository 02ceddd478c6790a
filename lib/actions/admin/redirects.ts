'use server';

import { recordAudit } from '@/lib/data/audit';
import { deleteRedirect, pageExists, RedirectSourceTakenError, saveRedirect } from '@/lib/data/redirects';
import { portalPathKind } from '@/lib/redirects/portal-routes';
import { RedirectIdSchema, RedirectSchema } from '@/lib/validation/redirects';
import { staffAction } from './staff-action';

// Redirects are answered by the proxy from the database (never from a page cache): a change holds
// on every instance at once, so there is nothing to revalidate.

/** An old address that is one of the portal's own would never reach the redirect. */
async function shadowsPortal(source: string): Promise<boolean> {
  if (source.startsWith('/?')) return false;
  const kind = portalPathKind(source.split('/').map(encodeURIComponent).join('/'));
  if (kind.kind === 'own') return true;
  return kind.kind === 'page' && (await pageExists(kind.slug)) !== null;
}

export const saveRedirectAction = staffAction('saveRedirectAction', RedirectSchema, async (user, { id, source, target }) => {
  if (await shadowsPortal(source))
    return { status: 'error', message: 'checkFields', errors: { source: ['redirectSourceIsPortal'] }, values: { source, target } };
  try {
    const saved = await saveRedirect(id, { source, target });
    if (!saved) return { status: 'error', message: 'notFound' };
    await recordAudit(user.id, id ? 'redirect.update' : 'redirect.create', 'redirect', saved.id, { source, target });
    return { status: 'ok', message: 'saved', id: saved.id };
  } catch (e) {
    if (e instanceof RedirectSourceTakenError)
      return { status: 'error', message: 'checkFields', errors: { source: ['redirectSourceTaken'] }, values: { source, target } };
    throw e;
  }
});

export const deleteRedirectAction = staffAction('deleteRedirectAction', RedirectIdSchema, async (user, { id }) => {
  await deleteRedirect(id);
  await recordAudit(user.id, 'redirect.delete', 'redirect', id);
  return { status: 'ok', message: 'deleted', id };
});
