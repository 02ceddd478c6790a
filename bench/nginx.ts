// The static baseline: nginx serving a copy of the portal's own pages as files, gzip made once
// beforehand (gzip_static), the fastest a page can come off this machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => fs.existsSync(p)) ?? 'nginx';
export const nginxInstalled = () => spawnSync(NGINX, ['-v'], { stdio: 'ignore' }).status === 0;

/** Serves each page's HTML at its path (e.g. /article/) on the port; returns its master's pid and a stop function. */
export async function startStaticNginx(pages: Record<string, Buffer>, port: number, dir: string): Promise<{ pid: number; stop(): Promise<void> }> {
  const root = path.resolve(dir);
  fs.rmSync(root, { recursive: true, force: true });
  for (const [page, html] of Object.entries(pages)) {
    const folder = path.join(root, 'www', page);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'index.html'), html);
    fs.writeFileSync(path.join(folder, 'index.html.gz'), zlib.gzipSync(html, { level: 9 }));
  }
  fs.chmodSync(root, 0o755);
  const conf = path.join(root, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `worker_processes 2;
daemon off;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  gzip_static on;
  gzip_vary on;
  client_body_temp_path ${root}/tmp; proxy_temp_path ${root}/tmp; fastcgi_temp_path ${root}/tmp; uwsgi_temp_path ${root}/tmp; scgi_temp_path ${root}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${root}/www;
    index index.html;
  }
}
`,
  );
  const child = spawn(NGINX, ['-p', root, '-c', conf], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 10_000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/${Object.keys(pages)[0]}/`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start on ${port} (see ${root}/error.log)`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
