import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EditorScreen } from '@/components/admin/article-editor/editor-screen';
import { requireStaff } from '@/lib/auth/guards';
import { canEditArticle } from '@/lib/auth/roles';
import { findArticleForEdit } from '@/lib/data/article-admin';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.editor'))('editTitle') };
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const user = await requireStaff();
  const { id } = await params;
  const article = /^\d{1,9}$/.test(id) ? await findArticleForEdit(Number(id)) : null;
  if (!article) notFound();
  if (!canEditArticle(user, article)) forbidden();
  const { saved } = await searchParams;
  return <EditorScreen user={user} article={article} savedIntent={typeof saved === 'string' ? saved : undefined} />;
}
