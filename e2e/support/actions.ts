// Server actions as the browser calls them, found in the production build's manifest.
import type { APIRequestContext } from '@playwright/test';
import { encodeActionArgs, readActionManifest } from '../../scripts/lib/server-action';
import type { ACTION_PERMISSIONS } from '../../lib/actions/admin/permissions';
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
      const route = worker.replace(/^app\/\[locale\]/, '').replace(/\/\([^)]+\)/g, '').replace(/\/page$/, '').replace(/\[id\]/g, '1');
      return { id, name: a.exportedName, file: a.filename, route };
    });
}

/** Every admin action of the build. */
export function adminActions() {
  return builtActions('lib/actions/admin/') as (BuiltAction & { name: keyof typeof ACTION_PERMISSIONS })[];
}

/** Calls an action the way the browser does: Flight-encoded arguments, the action id in a header. */
export async function callAction(
  request: APIRequestContext,
  action: { id: string; route: string },
  fields: Record<string, string | Blob>,
  origin: string,
  headers: Record<string, string> = {},
) {
  const encoded = await encodeActionArgs(fields);
  const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {};
  for (const [k, v] of encoded) {
    multipart[k] = typeof v === 'string' ? v : { name: (v as File).name || 'blob', mimeType: v.type || 'application/octet-stream', buffer: Buffer.from(await v.arrayBuffer()) };
  }
  const response = await request.post(action.route, { headers: { 'Next-Action': action.id, Accept: 'text/x-component', Origin: origin, ...headers }, multipart, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}
