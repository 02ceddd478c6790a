// Read-only access to the e2e server's SQLite database, to check what was (or was not) stored.
import Database from 'better-sqlite3';
import { E2E_DATA_DIR } from '../env';

export function e2eDb() {
  return new Database(`${E2E_DATA_DIR}/portal.db`, { readonly: true, fileMustExist: true });
}

/** Emails of commenters who already have an approved comment (their next one is approved at once). */
export function knownCommenterEmails(): string[] {
  const db = e2eDb();
  try {
    return db.prepare("SELECT DISTINCT authorEmail AS e FROM Comment WHERE status = 'APPROVED' ORDER BY authorEmail").all().map((r) => (r as { e: string }).e);
  } finally {
    db.close();
  }
}

export function commentsWithBody(body: string): { status: string; authorName: string }[] {
  const db = e2eDb();
  try {
    return db.prepare('SELECT status, authorName FROM Comment WHERE body = ?').all(body) as { status: string; authorName: string }[];
  } finally {
    db.close();
  }
}
