import 'server-only';
import { getDb } from '@/lib/db';

export async function findUserLocale(userId: number): Promise<string | null> {
  return (await getDb().user.findUnique({ where: { id: userId }, select: { locale: true } }))?.locale ?? null;
}
