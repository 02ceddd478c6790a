import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';

/** Leaves preview: the public pages come from the cache again. */
export async function GET(request: Request) {
  (await draftMode()).disable();
  const back = new URL(request.url).searchParams.get('to');
  redirect(back && /^\/news\/\d+\//.test(back) ? back : '/admin/articles');
}
