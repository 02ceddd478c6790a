// The networks of the share bar, read by the server (labels) and the bar (links) alike: a value
// exported by a 'use client' module reaches server components as a reference only.
export const SHARE_NETWORKS = ['whatsapp', 'facebook', 'x', 'telegram'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

export interface ShareLabels {
  share: string;
  copy: string;
  copied: string;
  /** «شارك على واتساب» and so on, by network. */
  on: Record<ShareNetwork, string>;
}
