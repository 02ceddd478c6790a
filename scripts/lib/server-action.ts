// A server action called over plain HTTP, the way the browser's router calls it.
import fs from 'node:fs';
import path from 'node:path';
import { encodeReply } from 'next/dist/compiled/react-server-dom-turbopack/client.node.js';

export type ActionManifest = Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;

/** The build's server actions by id: their source file, export name and the pages that bundle them. */
export function readActionManifest(distDir: string): ActionManifest {
  return (JSON.parse(fs.readFileSync(path.join(distDir, 'server/server-reference-manifest.json'), 'utf8')) as { node: ActionManifest }).node;
}

/** The id of an exported action in a production build. */
export function actionId(distDir: string, file: string, name: string): string {
  const found = Object.entries(readActionManifest(distDir)).find(([, a]) => a.filename === file && a.exportedName === name);
  if (!found) throw new Error(`${file}#${name} is not in the build in ${distDir}`);
  return found[0];
}

/** The arguments (previous state, form) Flight-encoded, as the browser sends them. */
export async function encodeActionArgs(fields: Record<string, string | Blob | string[]>): Promise<FormData> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
  return (await encodeReply([{ status: 'idle' }, form])) as FormData;
}

/** fetch() options that call the action with (previous state, form). */
export async function actionRequest(id: string, fields: Record<string, string>, origin: string, headers: Record<string, string> = {}): Promise<RequestInit> {
  return { method: 'POST', headers: { 'Next-Action': id, Accept: 'text/x-component', Origin: origin, ...headers }, body: await encodeActionArgs(fields) };
}
