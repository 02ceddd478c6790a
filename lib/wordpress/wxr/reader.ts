// Reads a WordPress export (WXR) as a stream: the file goes through a streaming XML parser chunk
// by chunk, and only the element being read (one post with its comments, one author, one term) is
// ever held in memory, so a 100 MB export costs what its largest post costs.
import fs from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { toRecord, type WxrRecord } from './records';

/** An element of the export as read: its attributes, its text, its child elements in order. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** Elements directly under <channel> that are read whole and handed over one at a time. */
const RECORDS = new Set(['item', 'wp:author', 'wp:category', 'wp:tag', 'wp:term']);

export class WxrSyntaxError extends Error {}

/**
 * The records of an export in file order: first `channel` (the site: title, address, language),
 * then authors, terms and items as they come. Throws WxrSyntaxError on XML that is not well formed.
 */
export async function* readWxr(file: string, options: { onBytes?: (bytesRead: number) => void } = {}): AsyncGenerator<WxrRecord> {
  const queue: WxrRecord[] = [];
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlNode[] = [];
  const channel: Record<string, string> = {};
  let channelSent = false;
  let depthInChannel = -1;
  let error: Error | null = null;

  const flushChannel = () => {
    if (channelSent) return;
    channelSent = true;
    queue.push({ kind: 'channel', channel: { ...channel } });
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const node: XmlNode = { name: tag.name, attrs: tag.attributes as Record<string, string>, text: '', children: [] };
    if (tag.name === 'channel') depthInChannel = stack.length + 1;
    stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  const onText = (text: string) => {
    // Text inside the channel's children only (the whitespace between items is not kept).
    if (depthInChannel > 0 && stack.length > depthInChannel) stack.at(-1)!.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const node = stack.pop()!;
    const parent = stack.at(-1);
    if (depthInChannel > 0 && stack.length === depthInChannel) {
      // A direct child of <channel>.
      parent!.children.pop();
      if (RECORDS.has(node.name)) {
        flushChannel();
        const record = toRecord(node);
        if (record) queue.push(record);
      } else if (node.children.length === 0) {
        channel[node.name] = node.text.trim();
      }
    }
  });
  parser.on('error', (e) => {
    error ??= new WxrSyntaxError(e.message);
  });

  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    bytes += Buffer.byteLength(chunk);
    parser.write(chunk);
    if (error) throw error;
    options.onBytes?.(bytes);
    while (queue.length) yield queue.shift()!;
  }
  parser.close();
  if (error) throw error;
  if (depthInChannel < 0) throw new WxrSyntaxError('no <channel> element: this is not a WordPress export');
  flushChannel();
  while (queue.length) yield queue.shift()!;
}
