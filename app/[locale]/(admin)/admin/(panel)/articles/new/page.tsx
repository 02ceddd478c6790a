import { getTranslations } from 'next-intl/server';
import { EditorScreen } from '@/components/admin/article-editor/editor-screen';
import { requireStaff } from '@/lib/auth/guards';

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.editor'))('newTitle') };
}

export default async function NewArticlePage() {
  const user = await requireStaff();
  return <EditorScreen user={user} article={null} />;
}
