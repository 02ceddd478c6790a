// Time-based one-time passwords (RFC 6238: SHA-1, six digits, 30 s), as every common
// authenticator app reads them, through otplib; the enrolment QR code through qrcode.
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

const PERIOD_S = 30;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function otpauthUri(secret: string, account: string, issuer: string): string {
  return generateURI({ issuer, label: account, secret });
}

/** A PNG data URL of the otpauth:// address, for the app to scan. */
export function qrCodeDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 220 });
}

/**
 * The time step whose code `code` is, allowing one step of clock drift either way; null when it
 * matches none. The caller refuses steps already used.
 */
export async function matchingTimeStep(secret: string, code: string, now = new Date()): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = await verify({ secret, token: code, epoch: Math.floor(now.getTime() / 1000), epochTolerance: PERIOD_S });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}
