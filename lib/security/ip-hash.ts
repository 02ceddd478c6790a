import crypto from 'node:crypto';
import { appSecret } from './app-secret';

/** HMAC-SHA-256 of an IP address: comparable for flood control, useless to whoever steals it. */
export function hashIp(ip: string): string {
  return crypto.createHmac('sha256', appSecret()).update(ip).digest('hex').slice(0, 32);
}
