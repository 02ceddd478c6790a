import 'server-only';
import { getDb } from '@/lib/db';
import type { AuditAction, AuditEntity } from './audit-actions';

/** One line of «who did what»: every admin write adds one. */
export function recordAudit(
  userId: number | null,
  action: AuditAction,
  entityType: AuditEntity,
  entityId: number | string = '',
  detail: Record<string, unknown> = {},
) {
  return getDb().auditLog.create({ data: { userId, action, entityType, entityId: String(entityId), detail: JSON.stringify(detail) } });
}

export async function listAudit(take: number, skip: number) {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ orderBy: { id: 'desc' }, take, skip, include: { user: { select: { name: true } } } }),
    db.auditLog.count(),
  ]);
  return { rows, total };
}
