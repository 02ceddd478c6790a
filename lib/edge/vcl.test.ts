import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_VARNISH, varnishInstalled } from '../../scripts/lib/varnish';
import { STAFF_COOKIES } from './staff-cookies';
import { renderVcl } from './vcl';

const vcl = renderVcl({ appHost: '127.0.0.1', appPort: 3000, grace: '24h', purgers: ['10.0.0.5', '10.1.0.0/16'] });

describe('the Varnish configuration', () => {
  it('passes every staff cookie the app knows by, and the same trackers', () => {
    const cookies = /req\.http\.Cookie ~ "\(\^\|;\)\\s\*\(([^)]+)\)="/.exec(vcl)?.[1]?.split('|');
    expect(cookies?.sort()).toEqual([...STAFF_COOKIES].sort());
    expect(fs.readFileSync('lib/serve/request-key.ts', 'utf8')).toContain(
      'utm_[a-z]+|fbclid|gclid|gbraid|wbraid|msclkid|dclid|igshid|mc_cid|mc_eid|_ga|ref_src',
    );
    expect(vcl).toContain('utm_[a-z]+|fbclid|gclid|gbraid|wbraid|msclkid|dclid|igshid|mc_cid|mc_eid|_ga|ref_src');
  });

  it('takes the values of a deployment and refuses ones that would break it', () => {
    expect(vcl).toContain('.port = "3000";');
    expect(vcl).toContain('set beresp.grace = 24h;');
    expect(vcl).toContain('"10.1.0.0"/16;');
    expect(vcl).not.toContain('{{');
    expect(() => renderVcl({ appHost: '127.0.0.1', appPort: 3000, grace: 'one day', purgers: [] })).toThrow(/EDGE_GRACE/);
    expect(() => renderVcl({ appHost: '127.0.0.1', appPort: 3000, grace: '1h', purgers: ['"; }'] })).toThrow(/EDGE_PURGE_FROM/);
  });

  it.skipIf(!varnishInstalled() && !process.env.CI)('compiles with varnishd and its xkey module', () => {
    if (!varnishInstalled()) throw new Error(NO_VARNISH);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-vcl-'));
    try {
      // varnishd reads it as its own unprivileged user.
      fs.chmodSync(dir, 0o755);
      fs.writeFileSync(path.join(dir, 'portal.vcl'), vcl, { mode: 0o644 });
      const result = spawnSync('varnishd', ['-C', '-f', path.join(dir, 'portal.vcl'), '-n', path.join(dir, 'work')], { encoding: 'utf8' });
      expect(result.status, result.stderr.slice(-2000)).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
