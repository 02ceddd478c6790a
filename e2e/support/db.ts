// Access to the e2e server's SQLite database: read-only, to check what was (or was not) stored;
// writable only where a journey needs a clean start or time to pass (writableDb).
import Database from 'better-sqlite3';
import { E2E_DATA_DIR } from '../env';

export function e2eDb() {
  return new Database(`${E2E_DATA_DIR}/portal.db`, { readonly: true, fileMustExist: true });
}

/** Emails of commenters who already have an approved comment (their next one is approved at once). */
export function knownCommenterEmails(): string[] {
  const db = e2eDb();
  try {
    return db
      .prepare("SELECT DISTINCT authorEmail AS e FROM Comment WHERE status = 'APPROVED' ORDER BY authorEmail")
      .all()
      .map((r) => (r as { e: string }).e);
  } finally {
    db.close();
  }
}

/** The thread (first comment's id) a stored comment answers, or null for a new thread. */
export function commentParent(body: string): number | null {
  const db = e2eDb();
  try {
    return (db.prepare('SELECT parentId FROM Comment WHERE body = ?').get(body) as { parentId: number | null }).parentId;
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

/** The ids of a commenter's approved comments (not the newsroom's own replies). */
export function approvedCommentIds(email: string): number[] {
  const db = e2eDb();
  try {
    return db
      .prepare("SELECT id FROM Comment WHERE authorEmail = ? AND status = 'APPROVED' AND userId IS NULL ORDER BY id")
      .all(email)
      .map((r) => (r as { id: number }).id);
  } finally {
    db.close();
  }
}

export function commentFlags(body: string): { status: string; flag: string | null }[] {
  const db = e2eDb();
  try {
    return db.prepare('SELECT status, flag FROM Comment WHERE body = ?').all(body) as { status: string; flag: string | null }[];
  } finally {
    db.close();
  }
}

/** The oldest published article (the one the other journeys are least likely to open) and its reads. */
export function quietArticle(): { id: number; readCount: number } {
  const db = e2eDb();
  try {
    return db.prepare("SELECT id, readCount FROM Article WHERE status = 'PUBLISHED' ORDER BY publishedAt ASC LIMIT 1").get() as {
      id: number;
      readCount: number;
    };
  } finally {
    db.close();
  }
}

export function readCountOf(articleId: number): number {
  const db = e2eDb();
  try {
    return (db.prepare('SELECT readCount FROM Article WHERE id = ?').get(articleId) as { readCount: number }).readCount;
  } finally {
    db.close();
  }
}

/** The seeded articles that are not published, by status. */
export function unpublishedArticles(): { id: number; title: string; status: string; authorId: number }[] {
  const db = e2eDb();
  try {
    return db.prepare("SELECT id, title, status, authorId FROM Article WHERE status IN ('DRAFT', 'REVIEW', 'SCHEDULED') ORDER BY id").all() as {
      id: number;
      title: string;
      status: string;
      authorId: number;
    }[];
  } finally {
    db.close();
  }
}

export function articleByTitle(title: string): { id: number; status: string; version: number } | undefined {
  const db = e2eDb();
  try {
    return db.prepare('SELECT id, status, version FROM Article WHERE title = ?').get(title) as { id: number; status: string; version: number } | undefined;
  } finally {
    db.close();
  }
}

export function userIdByEmail(email: string): number {
  const db = e2eDb();
  try {
    return (db.prepare('SELECT id FROM User WHERE email = ?').get(email) as { id: number }).id;
  } finally {
    db.close();
  }
}

export function tagNamed(name: string): { id: number; slug: string; approved: number } | undefined {
  const db = e2eDb();
  try {
    return db.prepare('SELECT id, slug, approved FROM Tag WHERE name = ?').get(name) as { id: number; slug: string; approved: number } | undefined;
  } finally {
    db.close();
  }
}

/** Ids of approved comments, oldest first. */
export function approvedComments(limit: number): number[] {
  const db = e2eDb();
  try {
    return (db.prepare("SELECT id FROM Comment WHERE status = 'APPROVED' ORDER BY id LIMIT ?").all(limit) as { id: number }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

/** When the comment with this text was written. */
export function commentCreatedAt(body: string): Date {
  const db = e2eDb();
  try {
    const { createdAt } = db.prepare('SELECT createdAt FROM Comment WHERE body = ?').get(body) as { createdAt: number | string };
    return new Date(createdAt);
  } finally {
    db.close();
  }
}

/** The e2e database for the few journeys that need a clean start or time to pass. */
function writableDb() {
  const db = new Database(`${E2E_DATA_DIR}/portal.db`, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** A date as Prisma stores it in SQLite. */
const sqliteDate = (date: Date) => date.toISOString().replace('Z', '+00:00');

/** The sessions of an account: the browser each was opened from, and its last activity. */
export function sessionsOf(email: string): { userAgent: string; ipAddress: string; lastSeenAt: string }[] {
  const db = e2eDb();
  try {
    return db
      .prepare('SELECT s.userAgent, s.ipAddress, s.lastSeenAt FROM Session s JOIN User u ON u.id = s.userId WHERE u.email = ? ORDER BY s.createdAt')
      .all(email) as { userAgent: string; ipAddress: string; lastSeenAt: string }[];
  } finally {
    db.close();
  }
}

/** Ends every session of an account, as if none had been opened (a clean start for a journey). */
export function deleteSessionsOf(email: string) {
  const db = writableDb();
  try {
    db.prepare('DELETE FROM Session WHERE userId = (SELECT id FROM User WHERE email = ?)').run(email);
  } finally {
    db.close();
  }
}

/** Makes the sessions an account opened from this browser look unused for `hours`. */
export function idleSessionsOf(email: string, userAgent: string, hours: number): number {
  const db = writableDb();
  try {
    return db
      .prepare('UPDATE Session SET lastSeenAt = ? WHERE userAgent = ? AND userId = (SELECT id FROM User WHERE email = ?)')
      .run(sqliteDate(new Date(Date.now() - hours * 3_600_000)), userAgent, email).changes;
  } finally {
    db.close();
  }
}

/** The audit log's actions about an account, oldest first. */
export function auditActionsOf(email: string): string[] {
  const db = e2eDb();
  try {
    return db
      .prepare("SELECT action FROM AuditLog WHERE entityType = 'user' AND entityId = CAST((SELECT id FROM User WHERE email = ?) AS TEXT) ORDER BY id")
      .all(email)
      .map((r) => (r as { action: string }).action);
  } finally {
    db.close();
  }
}

/** Flood and sign-in counters whose key names `text` (an email): an action that ran left one. */
export function countersNaming(text: string): string[] {
  const db = e2eDb();
  try {
    const like = `%${text}%`;
    return (
      db.prepare('SELECT key FROM RateLimit WHERE key LIKE ? UNION ALL SELECT key FROM AttemptThrottle WHERE key LIKE ?').all(like, like) as { key: string }[]
    ).map((r) => r.key);
  } finally {
    db.close();
  }
}
