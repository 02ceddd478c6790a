// npm run spam-drill [-- --posts 1000]: scripted spam against the comment form, through the same
// path a browser without JavaScript takes (the form's HTML, posted back). Starts the e2e server
// (fresh database, TRUSTED_PROXIES=2 so each bot can have its own address), sends a mix of bots,
// then reports what each defence stopped and what was stored, with the server time of a post.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { E2E_DATA_DIR, E2E_PORT } from '../e2e/env';
import { bin } from './lib/run';

const { values } = parseArgs({ options: { posts: { type: 'string', default: '1000' } } });
const total = Number(values.posts);
const base = `http://127.0.0.1:${E2E_PORT}`;
const marker = `drill${Date.now().toString(36)}`;

type Kind = 'honeypot' | 'too-fast' | 'forged-timer' | 'flood' | 'links' | 'junk-fields' | 'plain';
const MIX: [Kind, number][] = [
  ['honeypot', 0.25],
  ['too-fast', 0.15],
  ['forged-timer', 0.1],
  ['flood', 0.2],
  ['links', 0.15],
  ['junk-fields', 0.1],
  ['plain', 0.05],
];

const OUTCOMES: [RegExp, string][] = [
  [/تعليقك في انتظار المراجعة/, 'acknowledged (pending or silently dropped)'],
  [/نُشر تعليقك/, 'published'],
  [/أُرسل التعليق بسرعة كبيرة/, 'refused: too fast'],
  [/أرسلت تعليقاً قبل لحظات/, 'refused: flood (15 s)'],
  [/بلغت الحد اليومي/, 'refused: daily cap'],
  [/يبدو أنك أرسلت هذا التعليق من قبل/, 'refused: duplicate'],
  [/راجع الحقول المشار إليها/, 'refused: invalid fields'],
  [/أُغلق باب التعليق/, 'refused: closed'],
];

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the e2e server did not start');
}

/** The article's main comment form: its action fields (React's progressive enhancement) and its URL. */
async function readForm(path: string) {
  const html = await (await fetch(base + path)).text();
  const forms = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
    .map((m) => m[1]!)
    .filter((f) => f.includes('name="articleId"') && !f.includes('name="parentId"'));
  const form = forms.at(-1)!;
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m): [string, string] => [
    m[1]!,
    (m[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  ]);
  return hidden.filter(([name]) => name.startsWith('$ACTION') || name === 'articleId');
}

function fields(kind: Kind, i: number) {
  const now = Date.now();
  const f: Record<string, string> = {
    name: `زائر ${i}`,
    email: `visitor${i}.${marker}@example.com`,
    website: '',
    body: `${marker} تعليق رقم ${i} عن الموضوع، شكراً على المتابعة.`,
    startedAt: String(now - 20_000),
    company: '',
  };
  if (kind === 'honeypot') f.company = 'Best Deals LLC';
  if (kind === 'too-fast') f.startedAt = String(now - 400);
  if (kind === 'forged-timer') f.startedAt = 'x'.repeat(8);
  if (kind === 'links') f.body = `${marker} ${i} cheap pills http://a.example http://b.example http://c.example www.d.example`;
  if (kind === 'junk-fields') Object.assign(f, { email: 'not-an-email', website: 'javascript:alert(1)', name: '' });
  return f;
}

const server = spawn(bin('tsx'), ['scripts/e2e-server.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
try {
  await waitForServer();
  const home = await (await fetch(`${base}/`)).text();
  const article = /href="(\/news\/[^"]+)"/.exec(home)![1]!;
  const action = await readForm(article);
  const results = new Map<string, Map<string, number>>();
  const postTimes: number[] = [];
  let n = 0;
  for (const [kind, share] of MIX) {
    const count = Math.round(total * share);
    const tally = new Map<string, number>();
    results.set(kind, tally);
    for (let k = 0; k < count; k++, n++) {
      // Flooders share one address; every other bot has its own.
      const ip = kind === 'flood' ? '192.0.2.200' : `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      const body = new FormData();
      for (const [name, value] of action) body.append(name, value);
      for (const [name, value] of Object.entries(fields(kind, n))) body.append(name, value);
      const t = performance.now();
      const res = await fetch(base + article, { method: 'POST', body, headers: { 'x-forwarded-for': ip, origin: base } });
      const html = await res.text();
      postTimes.push(performance.now() - t);
      // Only the form's status area counts: the page also carries every message string for its scripts.
      const status = [...html.matchAll(/role="status" aria-live="polite">([\s\S]*?)<\/div>/g)].map((m) => m[1]).join(' ');
      const outcome = res.status >= 500 ? `server error ${res.status}` : (OUTCOMES.find(([re]) => re.test(status))?.[1] ?? `other (${res.status})`);
      tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
    }
  }
  const db = new Database(`${E2E_DATA_DIR}/portal.db`, { readonly: true });
  const stored = db.prepare('SELECT status, COUNT(*) AS n FROM Comment WHERE body LIKE ? GROUP BY status').all(`${marker}%`) as { status: string; n: number }[];
  db.close();
  console.log(`\n${n} scripted posts to ${article}`);
  for (const [kind, tally] of results) console.log(`  ${kind.padEnd(13)} ${[...tally].map(([o, c]) => `${o}: ${c}`).join(', ')}`);
  console.log(`stored: ${stored.map((s) => `${s.status} ${s.n}`).join(', ') || 'nothing'}`);
  const sorted = [...postTimes].sort((a, b) => a - b);
  console.log(
    `post round trip (render included): p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms`,
  );
} finally {
  server.kill('SIGTERM');
}
