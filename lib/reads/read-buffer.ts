import 'server-only';
import crypto from 'node:crypto';
import { recordReads } from '@/lib/data/reads';
import { newsroomDay } from '@/lib/text/dates';
import { queryOrigin } from '@/lib/db-query-log';
import { appSecret } from '@/lib/security/app-secret';
import { addressKey } from '@/lib/security/client-address';

// Reads arrive one beacon at a time; they are counted in memory and written in one batch every
// few seconds, so a story that breaks does not turn into one database write per reader.
const FLUSH_EVERY_MS = Number(process.env.READS_FLUSH_MS ?? 5000);

/**
 * «الأكثر قراءة» must not be for sale. Per newsroom day: one read per browser (address and
 * User-Agent) per article; at most this many browsers per address per article (a family or an
 * office behind one address; a script that varies its User-Agent gets no more); and at most this
 * many reads per address in all.
 */
export const READ_CAPS = { perAddressAndArticle: 3, perAddress: 300 } as const;
/**
 * What the day's tables may hold (about 40 MB when full). A full table counts no new visitor
 * until the next day; it never forgets the ones it has (which would let them count again).
 */
const CAPACITY = { visits: 1_000_000, pairs: 1_000_000, addresses: 200_000 };

let pending = new Map<number, number>();
let day = '';
// Keyed 32-bit hashes: small integers keep the tables compact, and nobody who does not know the
// secret can aim two visitors at one entry.
let visits = new Set<number>();
let pairs = new Map<number, number>();
let addresses = new Map<number, number>();
let fullWarned = false;
let timer: NodeJS.Timeout | undefined;
let dayCheckedAt = 0;

/** Two keyed digests per read (the address; the address and browser), spread over articles by an integer mixer. */
const digest = (value: string) => crypto.hash('sha256', `${appSecret()}|${value}`, 'buffer');
/** MurmurHash3's finaliser: a bijection on 32 bits, so one seed gives each article its own entry. */
function mix(seed: number, articleId: number): number {
  let h = (seed ^ Math.imul(articleId, 0x9e3779b1)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The newsroom day, worked out at most once a minute (formatting a date costs more than counting). */
function rollDay(now: Date) {
  if (now.getTime() - dayCheckedAt < 60_000 && now.getTime() >= dayCheckedAt) return;
  dayCheckedAt = now.getTime();
  const today = newsroomDay(now);
  if (today === day) return;
  visits = new Set();
  pairs = new Map();
  addresses = new Map();
  day = today;
  fullWarned = false;
}

/** Counts a read unless this browser already read this article today, or its address is over a cap. */
export function countRead(articleId: number, address: string, userAgent = '', now = new Date()): boolean {
  rollDay(now);
  const who = addressKey(address);
  const visit = mix(digest(`${who}|${userAgent}`).readInt32BE(0), articleId);
  if (visits.has(visit)) return false;
  const placeDigest = digest(who);
  const place = placeDigest.readInt32BE(0);
  const pair = mix(placeDigest.readInt32BE(4), articleId);
  const pairCount = pairs.get(pair) ?? 0;
  const addressCount = addresses.get(place) ?? 0;
  if (pairCount >= READ_CAPS.perAddressAndArticle || addressCount >= READ_CAPS.perAddress) return false;
  if (visits.size >= CAPACITY.visits || (!pairCount && pairs.size >= CAPACITY.pairs) || (!addressCount && addresses.size >= CAPACITY.addresses)) {
    if (!fullWarned) console.warn(`[reads] the day's visitor tables are full: new visitors are not counted until ${day} ends.`);
    fullWarned = true;
    return false;
  }
  visits.add(visit);
  pairs.set(pair, pairCount + 1);
  addresses.set(place, addressCount + 1);
  pending.set(articleId, (pending.get(articleId) ?? 0) + 1);
  timer ??= setTimeout(() => void flushReads(), FLUSH_EVERY_MS).unref();
  return true;
}

export async function flushReads(): Promise<void> {
  timer = undefined;
  const batch = pending;
  pending = new Map();
  if (!batch.size) return;
  try {
    await queryOrigin.run('reads', () => recordReads(day || newsroomDay(new Date()), batch));
  } catch (e) {
    console.error('Could not record reads; they will be retried with the next batch.', e);
    for (const [id, n] of batch) pending.set(id, (pending.get(id) ?? 0) + n);
    timer ??= setTimeout(() => void flushReads(), FLUSH_EVERY_MS * 4).unref();
  }
}
