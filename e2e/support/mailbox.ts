// The mail the e2e server sent (scripts/e2e-server.ts runs a real SMTP server that keeps each
// message as an .eml file), parsed as a mail client would.
import fs from 'node:fs';
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { E2E_MAIL_DIR } from '../env';

async function mailsTo(address: string): Promise<ParsedMail[]> {
  const files = fs.existsSync(E2E_MAIL_DIR) ? fs.readdirSync(E2E_MAIL_DIR).sort() : [];
  const mails = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(`${E2E_MAIL_DIR}/${f}`))));
  return mails.filter((m) => [m.to].flat().some((to) => to?.value.some((v) => v.address === address)));
}

export async function mailCount(address: string) {
  return (await mailsTo(address)).length;
}

/** The newest mail to `address` once more than `before` have arrived. */
export async function nextMailTo(address: string, before: number): Promise<ParsedMail> {
  let mails: ParsedMail[] = [];
  await expect(async () => {
    mails = await mailsTo(address);
    expect(mails.length).toBeGreaterThan(before);
  }).toPass({ timeout: 15_000, intervals: [250] });
  return mails.at(-1)!;
}
