// Posts and videos of other sites inside an article. An editor pastes the address of the post; the
// document keeps the provider and a canonical address, and the page shows a placeholder that loads
// the provider's frame only when the reader asks for it. No server imports (the editor uses it).

export const EMBED_PROVIDERS = ['youtube', 'facebook', 'x', 'instagram', 'tiktok'] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

/** The only origins a page may frame (the CSP's frame-src): one per provider. */
export const EMBED_FRAME_ORIGINS: Record<EmbedProvider, string> = {
  youtube: 'https://www.youtube-nocookie.com',
  facebook: 'https://www.facebook.com',
  x: 'https://platform.twitter.com',
  instagram: 'https://www.instagram.com',
  tiktok: 'https://www.tiktok.com',
};

export interface RecognisedEmbed {
  provider: EmbedProvider;
  /** The post's own page, written one way whatever form was pasted. */
  url: string;
  /** The frame that shows it, on the provider's frame origin. */
  frame: string;
  /** Width / height of the frame. */
  aspect: number;
}

const host = (u: URL) => u.hostname.toLowerCase().replace(/^(www|m|mobile|web)\./, '');
const YOUTUBE_ID = /^[\w-]{11}$/;
const DIGITS = /^\d{1,25}$/;
const CODE = /^[\w-]{1,64}$/;

type Recogniser = (u: URL, parts: string[]) => RecognisedEmbed | null;

const youtube: Recogniser = (u, parts) => {
  const h = host(u);
  let id: string | undefined;
  if (h === 'youtu.be') id = parts[0];
  else if (h === 'youtube.com' || h === 'youtube-nocookie.com') {
    if (parts[0] === 'watch') id = u.searchParams.get('v') ?? undefined;
    else if (['shorts', 'embed', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1];
  } else return null;
  if (!id || !YOUTUBE_ID.test(id)) return null;
  const shorts = parts[0] === 'shorts';
  return {
    provider: 'youtube',
    url: `https://www.youtube.com/watch?v=${id}`,
    frame: `${EMBED_FRAME_ORIGINS.youtube}/embed/${id}?autoplay=1&rel=0`,
    aspect: shorts ? 9 / 16 : 16 / 9,
  };
};

const facebook: Recogniser = (u, parts) => {
  const h = host(u);
  if (h !== 'facebook.com' && h !== 'fb.watch') return null;
  if (h === 'fb.watch' && (parts.length !== 1 || !CODE.test(parts[0]!))) return null;
  const path = parts.join('/');
  const video =
    h === 'fb.watch' ||
    (parts[0] === 'watch' && DIGITS.test(u.searchParams.get('v') ?? '')) ||
    (parts[1] === 'videos' && parts.slice(2).some((p) => DIGITS.test(p))) ||
    (parts[0] === 'reel' && DIGITS.test(parts[1] ?? '')) ||
    (parts[0] === 'share' && (parts[1] === 'v' || parts[1] === 'r'));
  const post =
    (parts[1] === 'posts' && CODE.test(parts[2] ?? '')) ||
    (parts[0] === 'permalink.php' && DIGITS.test(u.searchParams.get('story_fbid') ?? '') && DIGITS.test(u.searchParams.get('id') ?? '')) ||
    (parts[0] === 'share' && parts[1] === 'p') ||
    (parts[0] === 'photo' && DIGITS.test(u.searchParams.get('fbid') ?? ''));
  if (!video && !post) return null;
  const keep = new URLSearchParams();
  for (const name of ['v', 'story_fbid', 'id', 'fbid']) if (u.searchParams.get(name)) keep.set(name, u.searchParams.get(name)!);
  const query = keep.size ? `?${keep}` : '';
  const url = h === 'fb.watch' ? `https://fb.watch/${path}/` : `https://www.facebook.com/${path}${query}`;
  const plugin = video ? 'video.php' : 'post.php';
  return {
    provider: 'facebook',
    url,
    frame: `${EMBED_FRAME_ORIGINS.facebook}/plugins/${plugin}?href=${encodeURIComponent(url)}&show_text=${video ? 'false' : 'true'}`,
    aspect: video ? 16 / 9 : 4 / 5,
  };
};

const x: Recogniser = (u, parts) => {
  if (host(u) !== 'x.com' && host(u) !== 'twitter.com') return null;
  const [user, status, id] = parts;
  if (!user || !/^\w{1,15}$/.test(user) || (status !== 'status' && status !== 'statuses') || !id || !DIGITS.test(id)) return null;
  return { provider: 'x', url: `https://x.com/${user}/status/${id}`, frame: `${EMBED_FRAME_ORIGINS.x}/embed/Tweet.html?id=${id}&dnt=true`, aspect: 4 / 5 };
};

const instagram: Recogniser = (u, parts) => {
  if (host(u) !== 'instagram.com') return null;
  // /p/CODE, /reel/CODE, /tv/CODE, also behind a user name: /name/p/CODE.
  const at = parts.findIndex((p) => p === 'p' || p === 'reel' || p === 'tv');
  const kind = parts[at];
  const code = parts[at + 1];
  if (at < 0 || at > 1 || !code || !CODE.test(code)) return null;
  const url = `https://www.instagram.com/${kind}/${code}/`;
  return { provider: 'instagram', url, frame: `${url.replace('https://www.instagram.com', EMBED_FRAME_ORIGINS.instagram)}embed/`, aspect: 4 / 5 };
};

const tiktok: Recogniser = (u, parts) => {
  if (host(u) !== 'tiktok.com') return null;
  const [user, video, id] = parts;
  if (!user?.startsWith('@') || video !== 'video' || !id || !DIGITS.test(id)) return null;
  return { provider: 'tiktok', url: `https://www.tiktok.com/${user}/video/${id}`, frame: `${EMBED_FRAME_ORIGINS.tiktok}/embed/v2/${id}`, aspect: 9 / 16 };
};

const RECOGNISERS: Record<EmbedProvider, Recogniser> = { youtube, facebook, x, instagram, tiktok };

/** The provider and canonical address of a pasted post address, or null when it is not one we embed. */
export function recogniseEmbed(address: string): RecognisedEmbed | null {
  let u: URL;
  try {
    u = new URL(address.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.username || u.password || (u.port && u.port !== '443' && u.port !== '80')) return null;
  const parts = u.pathname.split('/').filter(Boolean);
  // Every provider's addresses are plain ASCII segments; anything else is not a post address.
  if (!parts.every((p) => /^[\w.@-]{1,200}$/.test(p))) return null;
  for (const recognise of Object.values(RECOGNISERS)) {
    const found = recognise(u, parts);
    if (found) return found;
  }
  return null;
}

/** The frame of a stored embed; null when its address is no longer one of its provider's. */
export function embedFrame(provider: EmbedProvider, url: string): RecognisedEmbed | null {
  const found = recogniseEmbed(url);
  return found && found.provider === provider ? found : null;
}
