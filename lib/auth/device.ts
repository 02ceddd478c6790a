import Bowser from 'bowser';

export type DeviceKind = 'desktop' | 'mobile' | 'tablet' | 'tv' | 'bot' | 'unknown';

export interface Device {
  /** «Chrome 140», «Firefox 128», or null when the User-Agent names no browser Bowser knows. */
  browser: string | null;
  /** «Windows 10», «macOS Sonoma», «Android 14», «iOS 17.5», or null. */
  os: string | null;
  kind: DeviceKind;
}

const KINDS = new Set<DeviceKind>(['desktop', 'mobile', 'tablet', 'tv', 'bot']);

/** What a session's stored User-Agent says about the device: names are products, shown as they are. */
export function describeUserAgent(userAgent: string): Device {
  if (!userAgent.trim()) return { browser: null, os: null, kind: 'unknown' };
  const { browser, os, platform } = Bowser.parse(userAgent);
  const major = browser.version?.split('.')[0];
  return {
    browser: browser.name ? (major ? `${browser.name} ${major}` : browser.name) : null,
    os: os.name ? [os.name, os.versionName ?? os.version].filter(Boolean).join(' ') : null,
    kind: KINDS.has(platform.type as DeviceKind) ? (platform.type as DeviceKind) : 'unknown',
  };
}
