// Server actions as the browser calls them, found in the production build's manifest.
import type { APIRequestContext } from '@playwright/test';
import { encodeActionArgs, readActionManifest } from '../../scripts/lib/server-action';
import type { ACTION_PERMISSIONS } from '../../lib/actions/admin/permissions';
import { documentFromText } from '../../lib/content/document';
import { e2eEnv } from '../env';

export interface BuiltAction {
  id: string;
  name: string;
  file: string;
  /** A page whose server bundle includes the action, to post to. */
  route: string;
}

/** Every server action of the build whose source file starts with `prefix`. */
export function builtActions(prefix: string): BuiltAction[] {
  return Object.entries(readActionManifest(e2eEnv.NEXT_DIST_DIR))
    .filter(([, a]) => a.filename.startsWith(prefix))
    .map(([id, a]) => {
      const worker = Object.keys(a.workers).find((w) => w.includes('/admin/')) ?? Object.keys(a.workers)[0]!;
      const route = worker
        .replace(/^app\/\[locale\]/, '')
        .replace(/\/\([^)]+\)/g, '')
        .replace(/\/page$/, '')
        .replace(/\[id\]/g, '1');
      return { id, name: a.exportedName, file: a.filename, route };
    });
}

/** An article body as the editor sends it: its document as JSON, one paragraph per line. */
export const bodyOf = (text: string) => JSON.stringify(documentFromText(text));

/** Every admin action of the build. */
export function adminActions() {
  return builtActions('lib/actions/admin/') as (BuiltAction & { name: keyof typeof ACTION_PERMISSIONS })[];
}

/** Calls an action the way the browser does: Flight-encoded arguments, the action id in a header. */
export async function callAction(
  request: APIRequestContext,
  action: { id: string; route: string },
  fields: Record<string, string | Blob | string[]>,
  origin: string,
  headers: Record<string, string> = {},
) {
  // The FormData itself, in its order: React reads the root row ("0", sent last) as it arrives, and
  // an object would send the integer-like key first, before the entries it refers to.
  const multipart = await encodeActionArgs(fields);
  const response = await request.post(action.route, {
    headers: { 'Next-Action': action.id, Accept: 'text/x-component', Origin: origin, ...headers },
    multipart,
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}
