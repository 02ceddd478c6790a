// npm run admin:create -- --email you@example.com --name "الاسم" [--role ADMIN]
// Creates a staff account (or resets its password and role when the email exists). The password
// comes from ADMIN_PASSWORD, or is generated and printed once.
// npm run admin:create -- --email you@example.com --reset-2fa
// Removes the account's authenticator and recovery codes (a lost phone), ends its sessions and
// keeps its password; the next sign-in asks for no code, or for a new authenticator under REQUIRE_2FA.
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/data/audit';
import { removeTwoFactor } from '@/lib/data/two-factor';
import { slugify } from '@/lib/text/slug';
import { loadDotEnv } from './lib/env';

loadDotEnv();
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'ADMIN' },
    'reset-2fa': { type: 'boolean', default: false },
  },
});
const email = values.email?.trim().toLowerCase();
const role = values.role?.toUpperCase() as (typeof ROLES)[number];
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email) || !ROLES.includes(role)) {
  console.error('usage: npm run admin:create -- --email you@example.com --name "Name" [--role ADMIN|EDITOR|AUTHOR|CONTRIBUTOR]');
  console.error('       npm run admin:create -- --email you@example.com --reset-2fa');
  process.exit(1);
}
const db = getDb();
const existing = await db.user.findUnique({ where: { email }, select: { id: true } });

if (values['reset-2fa']) {
  if (!existing) {
    console.error(`No account with the email ${email}.`);
    process.exit(1);
  }
  await removeTwoFactor(existing.id);
  await db.session.deleteMany({ where: { userId: existing.id } });
  await recordAudit(null, 'user.2fa-reset', 'user', existing.id, { by: 'admin:create' });
  console.log(`Two-step verification removed from ${email}; its sessions ended. The password is unchanged.`);
} else {
  const password = process.env.ADMIN_PASSWORD ?? generatePassword();
  const passwordHash = await hashPassword(password);
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { passwordHash, role, active: true } });
    await db.session.deleteMany({ where: { userId: existing.id } });
  } else {
    const name = values.name?.trim() || email.split('@')[0]!;
    await db.user.create({ data: { email, name, role, passwordHash, slug: `${slugify(name) || 'staff'}-${Date.now().toString(36)}` } });
  }
  console.log(
    `${existing ? 'Updated' : 'Created'} ${role} ${email}. Password: ${process.env.ADMIN_PASSWORD ? '(from ADMIN_PASSWORD)' : `${password}  (note it now, it is not shown again)`}`,
  );
}
await db.$disconnect();
