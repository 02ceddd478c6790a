import { useTranslations } from 'next-intl';
import { auditActionKey, auditEntityKey } from '@/lib/data/audit-actions';

export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  user: { name: string } | null;
}

/**
 * «who did what to which item» in the admin's language. An action this version does not name
 * (written by a newer one) shows as recorded.
 */
export function AuditWhat({ entry }: { entry: AuditRow }) {
  const t = useTranslations('Admin.audit');
  const action = auditActionKey(entry.action);
  return action ? <span>{t(action)}</span> : <code dir="ltr">{entry.action}</code>;
}

export function AuditTarget({ entry }: { entry: AuditRow }) {
  const t = useTranslations('Admin.audit');
  const ids = entry.entityId.split(',').filter(Boolean);
  const entity = auditEntityKey(entry.entityType);
  if (!entity) return <span dir="ltr">{`${entry.entityType} #${entry.entityId}`}</span>;
  return <span>{ids.length > 1 ? t('manyItems', { item: t(entity), count: ids.length }) : t('oneItem', { item: t(entity), id: ids[0] ?? '' })}</span>;
}
