// The Varnish configuration of the repository (edge/varnish.vcl) with this deployment's values.
import fs from 'node:fs';
import path from 'node:path';

export interface VclOptions {
  appHost: string;
  appPort: number;
  /** How long past their age kept pages are served while the app does not answer (Varnish duration: 24h, 30m…). */
  grace: string;
  /** The longest a page is kept before asking the app again (default: as long as it says). */
  maxTtl?: string;
  /** Addresses (besides this machine) allowed to purge without the secret: the app instances. */
  purgers: string[];
}

const DURATION = /^\d+(ms|s|m|h|d|w|y)$/;
const ADDRESS = /^[0-9a-fA-F.:]+(\/\d{1,3})?$/;

export function renderVcl(options: VclOptions, template = fs.readFileSync(path.join(process.cwd(), 'edge/varnish.vcl'), 'utf8')): string {
  if (!DURATION.test(options.grace)) throw new Error(`EDGE_GRACE must be a Varnish duration such as 24h or 30m, not «${options.grace}»`);
  const maxTtl = options.maxTtl ?? '365d';
  if (!DURATION.test(maxTtl)) throw new Error(`EDGE_MAX_TTL must be a Varnish duration such as 1h, not «${maxTtl}»`);
  if (!/^[\w.-]+$/.test(options.appHost)) throw new Error(`Not a host name or address: «${options.appHost}»`);
  const acl = options.purgers.map((address) => {
    if (!ADDRESS.test(address)) throw new Error(`EDGE_PURGE_FROM takes IP addresses or networks, not «${address}»`);
    const [ip, bits] = address.split('/');
    return `    "${ip}"${bits ? `/${bits}` : ''};`;
  });
  return template
    .replaceAll('{{APP_HOST}}', options.appHost)
    .replaceAll('{{APP_PORT}}', String(options.appPort))
    .replaceAll('{{GRACE}}', options.grace)
    .replaceAll('{{MAX_TTL}}', maxTtl)
    .replace('{{PURGE_ACL}}', acl.join('\n'));
}
