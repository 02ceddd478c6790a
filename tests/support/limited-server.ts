// A server that holds request bodies to a limit (lib/serve/body-limit.ts) and answers with the
// length of what it was handed. Run as a script (`tsx tests/support/limited-server.ts <limit>`) it
// serves in its own process and prints its port, so that a client sees the connection as a
// browser would; GET /stats then tells how many bodies reached the handler and how many bytes
// each closed connection read.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { receiveBody } from '@/lib/serve/body-limit';

export function limitedServer(limit: number, read: (req: http.IncomingMessage) => Promise<Buffer>) {
  const seen = { handled: 0, bodies: [] as Buffer[], closedAfterReading: [] as number[] };
  const server = http.createServer((req, res) => {
    if (req.url === '/stats') return res.end(JSON.stringify({ handled: seen.handled, closedAfterReading: seen.closedAfterReading }));
    receiveBody(req, res, limit, () => {
      seen.handled++;
      void read(req).then((body) => {
        seen.bodies.push(body);
        res.end(String(body.length));
      });
    });
  });
  server.on('connection', (socket) => socket.once('close', () => seen.closedAfterReading.push(socket.bytesRead)));
  return { server, seen };
}

async function readAll(req: http.IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

if (process.argv[1]?.endsWith('limited-server.ts')) {
  const { server } = limitedServer(Number(process.argv[2]), readAll);
  server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
}
