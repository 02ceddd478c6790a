// The baseline: the same HTML served from memory by a bare Node HTTP server, the fastest a page
// can come out of Node on this machine.
import http from 'node:http';

export function startStaticServer(html: string, port: number): Promise<http.Server> {
  const body = Buffer.from(html);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
