import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { siteUrl } from '@/lib/site-url';

// Outgoing mail (password resets) through the SMTP server of SMTP_URL, with nodemailer:
// smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465.
let transport: Transporter | undefined;
let transportUrl: string | undefined;

export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

function mailTransport(): Transporter {
  const url = process.env.SMTP_URL!;
  if (!transport || transportUrl !== url) {
    transport = nodemailer.createTransport(url);
    transportUrl = url;
  }
  return transport;
}

/** MAIL_FROM, else no-reply at the site's own domain. */
export function mailFrom(siteName: string): string | { name: string; address: string } {
  return process.env.MAIL_FROM || { name: siteName, address: `no-reply@${new URL(siteUrl()).hostname}` };
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  from: string | { name: string; address: string };
}

export async function sendMail(mail: Mail): Promise<void> {
  await mailTransport().sendMail(mail);
}
