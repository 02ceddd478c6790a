// npm run admin:create -- --email you@example.com --name "الاسم" [--role ADMIN]
// Creates a staff account (or resets its password and role when the email exists). The password
// comes from ADMIN_PASSWORD, or is generated and printed once.
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/roles';
import { slugify } from '@/lib/text/slug';
import { loadDotEnv } from './lib/env';

loadDotEnv();
const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'ADMIN' } } });
const email = values.email?.trim().toLowerCase();
const role = values.role?.toUpperCase() as (typeof ROLES)[number];
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email) || !ROLES.includes(role)) {
  console.error('usage: npm run admin:create -- --email you@example.com --name "Name" [--role ADMIN|EDITOR|AUTHOR|CONTRIBUTOR]');
  process.exit(1);
}
const password = process.env.ADMIN_PASSWORD ?? generatePassword();
const passwordHash = await hashPassword(password);
const db = getDb();
const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
if (existing) {
  await db.user.update({ where: { id: existing.id }, data: { passwordHash, role, active: true } });
  await db.session.deleteMany({ where: { userId: existing.id } });
} else {
  const name = values.name?.trim() || email.split('@')[0]!;
  await db.user.create({ data: { email, name, role, passwordHash, slug: `${slugify(name) || 'staff'}-${Date.now().toString(36)}` } });
}
console.log(`${existing ? 'Updated' : 'Created'} ${role} ${email}. Password: ${process.env.ADMIN_PASSWORD ? '(from ADMIN_PASSWORD)' : `${password}  (note it now, it is not shown again)`}`);
await db.$disconnect();
