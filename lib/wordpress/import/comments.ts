// Comments with their threads: each one keyed by its WordPress id, its parent found among the
// comments already imported, its status (approved, pending, spam, trash) and its author kept.
// The address is never stored, only its keyed hash, like the portal's own comments.
import { commentExists, recountComments, writeImportedComment, type ImportedComment } from '@/lib/data/imports';
import type { CommentStatus } from '@/lib/generated/sqlite/client';
import { hashIp } from '@/lib/security/ip-hash';
import { cacheTags } from '@/lib/cache-tags';
import { htmlToText } from '../convert';
import type { WxrItem } from '../wxr/records';
import { hashOf, type ImportRun } from './run';
import { wpTime } from './site-index';

const STATUS: Record<string, CommentStatus> = {
  '1': 'APPROVED',
  approve: 'APPROVED',
  '0': 'PENDING',
  hold: 'PENDING',
  spam: 'SPAM',
  trash: 'TRASH',
  'post-trashed': 'TRASH',
};

export class CommentImporter {
  constructor(
    private readonly run: ImportRun,
    private readonly users: Map<string, { id: number }>,
  ) {}

  async importFor(item: WxrItem, articleId: number) {
    const report = this.run.report;
    let changed = false;
    for (const c of [...item.comments].sort((a, b) => a.id - b.id)) {
      if (c.type && c.type !== 'comment') {
        report.count('comments', 'skipped');
        report.skip(`${c.type} (not a reader's comment)`);
        continue;
      }
      const status = STATUS[c.approved] ?? 'PENDING';
      let parentId: number | null = null;
      if (c.parentId) {
        parentId = this.run.imported('comment', c.parentId)?.localId ?? null;
        if (parentId === null) report.warn('comment-parent-missing', String(item.id), `comment ${c.id}`);
      }
      const login = this.run.index.authorsById.get(c.userId);
      const t = wpTime(c.dateGmt) ?? (wpTime(c.date) ?? Date.now()) - this.run.index.offsetMinutes * 60_000;
      const data: ImportedComment = {
        articleId,
        parentId,
        authorName: htmlToText(c.author).slice(0, 80) || '—',
        authorEmail: c.email.toLowerCase().slice(0, 200),
        authorUrl: /^https?:\/\/\S+$/i.test(c.url) ? c.url.slice(0, 300) : null,
        body: htmlToText(c.content),
        status,
        ipHash: c.ip ? hashIp(c.ip) : '',
        userId: (login && this.users.get(login)?.id) || null,
        createdAt: new Date(t),
      };
      const sourceHash = hashOf([c, articleId, parentId]);
      const known = this.run.imported('comment', c.id);
      if (known && known.sourceHash === sourceHash) {
        report.count('comments', 'unchanged');
        continue;
      }
      let id = known?.localId ?? null;
      if (this.run.dryRun) id ??= this.run.nextFakeId();
      else {
        const existing = id !== null && id > 0 && (await commentExists(id));
        id = (await writeImportedComment(existing ? id : null, data)).id;
      }
      await this.run.remember('comment', c.id, { localId: id!, sourceHash, writtenHash: '' });
      report.count('comments', known ? 'updated' : 'created');
      changed = true;
    }
    if (changed && !this.run.dryRun && articleId > 0) {
      await recountComments(articleId);
      this.run.touched.add(cacheTags.comments(articleId));
      this.run.touched.add(cacheTags.article(articleId));
    }
  }
}
