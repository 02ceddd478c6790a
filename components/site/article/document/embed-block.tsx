import type { EmbedNode } from '@/lib/content/document';
import { embedFrame } from '@/lib/content/embeds';
import { EmbedFrame } from './embed-frame';
import type { BodyLabels } from './types';

/**
 * A post or video of another site as a quiet placeholder at its aspect ratio: the provider, the
 * caption and a link to the original (all a reader without JavaScript needs). The provider's
 * frame loads only when the reader asks for it, so no request reaches a third party before.
 */
export function EmbedBlock({ node, labels }: { node: EmbedNode; labels: BodyLabels }) {
  const { provider, url, caption } = node.attrs;
  const frame = embedFrame(provider, url);
  const name = labels.provider[provider];
  return (
    <figure className="not-prose" data-embed={provider}>
      <EmbedFrame
        frame={frame?.frame ?? null}
        aspect={frame?.aspect ?? 16 / 9}
        title={caption || name}
        loadLabel={labels.load}
        notice={labels.loadNotice}
        provider={provider}
        providerName={name}
      />
      <figcaption className="mt-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-base text-muted">
        {caption && <span dir="auto">{caption}</span>}
        <a href={url} rel="noopener noreferrer" target="_blank" className="font-bold text-brand-ink underline">
          {labels.viewOn[provider]}
        </a>
      </figcaption>
    </figure>
  );
}
