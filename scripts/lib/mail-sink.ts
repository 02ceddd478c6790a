// A real SMTP server in this process (smtp-server), for tests: the app sends through SMTP_URL as
// it would in production, and every message arrives here whole.
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  /** For SMTP_URL. */
  url: string;
  close(): Promise<void>;
}

export async function startMailSink(onMessage: (raw: Buffer, to: string[]) => void): Promise<MailSink> {
  const server = new SMTPServer({
    // Plain SMTP on the loopback: no certificate to trust, no account to log in with.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        onMessage(
          Buffer.concat(chunks),
          session.envelope.rcptTo.map((r) => r.address),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
