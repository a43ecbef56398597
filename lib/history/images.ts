/**
 * Images in History: uploads are Blobs in IndexedDB (a data URL costs a third more and is a string
 * the database must copy whole), data URLs in the workbench and in export files. URLs stay URLs.
 */
import type { TurnTree } from './branches';
import type { HistoryRecord, Turn } from './record-schema';

const DATA_URL = /^data:([\w.+/-]+);base64,(.*)$/s;

export function isDataUrl(value: string): boolean {
  return DATA_URL.test(value);
}

/** A base64 data URL as a Blob of its media type (null when it is not one). */
export function dataUrlToBlob(url: string): Blob | null {
  const match = DATA_URL.exec(url);
  if (!match) return null;
  try {
    const binary = atob((match[2] as string).replace(/\s/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes], { type: match[1] });
  } catch {
    return null;
  }
}

export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short for large images.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${blob.type || 'application/octet-stream'};base64,${btoa(binary)}`;
}

async function mapTreeImages<A, B>(
  tree: TurnTree<Turn<A>>,
  convert: (image: A) => Promise<B>,
): Promise<TurnTree<Turn<B>>> {
  const entries = await Promise.all(
    Object.entries(tree.nodes).map(async ([id, node]) => {
      const { images, ...turn } = node.turn;
      const converted = images ? await Promise.all(images.map(convert)) : undefined;
      return [id, { ...node, turn: converted ? { ...turn, images: converted } : turn }] as const;
    }),
  );
  return { ...tree, nodes: Object.fromEntries(entries) };
}

async function mapRecordImages<A, B>(
  record: HistoryRecord<A>,
  convert: (image: A) => Promise<B>,
): Promise<HistoryRecord<B>> {
  const threads = await Promise.all(record.threads.map((thread) => mapTreeImages(thread, convert)));
  return { ...record, threads };
}

/** Uploaded images (data URLs) become Blobs for IndexedDB; URLs and Blobs stay. */
export function withBlobImages(record: HistoryRecord<Blob | string>): Promise<HistoryRecord> {
  return mapRecordImages(record, async (image) =>
    typeof image === 'string' && isDataUrl(image) ? (dataUrlToBlob(image) ?? image) : image,
  );
}

/** Blobs become data URLs: for an export file, or to put a record back into the workbench. */
export function withDataUrlImages(record: HistoryRecord): Promise<HistoryRecord<string>> {
  return mapRecordImages(record, async (image) => (typeof image === 'string' ? image : blobToDataUrl(image)));
}
