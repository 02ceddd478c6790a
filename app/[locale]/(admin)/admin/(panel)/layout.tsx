import type { ReactNode } from 'react';
import { AdminShell } from '@/components/admin/admin-shell';
import { requireStaff } from '@/lib/auth/guards';
import { can } from '@/lib/auth/roles';
import { pendingCommentCount } from '@/lib/data/dashboard';

// Rendered per request for the signed-in staff member, never cached.
export const instant = false;

export default async function PanelLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff();
  const pending = can(user, 'comments:moderate') ? await pendingCommentCount() : 0;
  return (
    <AdminShell user={user} pendingComments={pending}>
      {children}
    </AdminShell>
  );
}
