import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditMessageKey } from './audit-actions';

describe.each([
  ['ar', ar],
  ['fr', fr],
  ['en', en],
] as const)('the audit log in %s', (_, messages) => {
  const audit = messages.Admin.audit as { actions: Record<string, string>; entities: Record<string, string> };
  it('names every recorded action, and only those', () => {
    expect(Object.keys(audit.actions).sort()).toEqual(AUDIT_ACTIONS.map(auditMessageKey).sort());
  });
  it('names every kind of item', () => {
    expect(Object.keys(audit.entities).sort()).toEqual([...AUDIT_ENTITIES].sort());
  });
});
