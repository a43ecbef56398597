/**
 * Image files for the vision stories, generated in Node without dependencies: an uncompressed BMP of
 * noisy pixels (a "photo" too big for Groq's 4 MB base64 limit) and a tiny PNG.
 */
import { deflateSync } from 'node:zlib';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A small deterministic PRNG (mulberry32), so every run sends the same pixels. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 24-bit BMP of a colour gradient under strong noise: 1450×1450 is about 6 MB on disk (8.4 MB as a
 * data URL), and the noise keeps JPEG from shrinking it trivially.
 */
export function noisyBmp(name = 'photo.bmp', width = 1450, height = 1450, seed = 42): FilePayload {
  const rowBytes = Math.ceil((width * 3) / 4) * 4;
  const pixelBytes = rowBytes * height;
  const buffer = Buffer.alloc(54 + pixelBytes);
  buffer.write('BM', 0, 'ascii');
  buffer.writeUInt32LE(buffer.length, 2);
  buffer.writeUInt32LE(54, 10); // pixel data offset
  buffer.writeUInt32LE(40, 14); // BITMAPINFOHEADER
  buffer.writeInt32LE(width, 18);
  buffer.writeInt32LE(height, 22); // positive: rows bottom-up
  buffer.writeUInt16LE(1, 26); // planes
  buffer.writeUInt16LE(24, 28); // bits per pixel
  buffer.writeUInt32LE(pixelBytes, 34);
  buffer.writeInt32LE(2835, 38); // 72 dpi
  buffer.writeInt32LE(2835, 42);
  const next = random(seed);
  const channel = (base: number) => Math.max(0, Math.min(255, Math.round(base + (next() - 0.5) * 400)));
  for (let y = 0; y < height; y++) {
    let offset = 54 + y * rowBytes;
    for (let x = 0; x < width; x++) {
      buffer[offset++] = channel((255 * x) / width); // blue
      buffer[offset++] = channel((255 * y) / height); // green
      buffer[offset++] = channel(128); // red
    }
  }
  return { name, mimeType: 'image/bmp', buffer };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small valid RGB PNG (a two-colour gradient). */
export function tinyPng(name = 'cat.png', width = 48, height = 32): FilePayload {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = Math.round((255 * x) / width);
      raw[row + 2 + x * 3] = Math.round((255 * y) / height);
      raw[row + 3 + x * 3] = 200;
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const buffer = Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { name, mimeType: 'image/png', buffer };
}

export function textFile(name = 'notes.txt'): FilePayload {
  return { name, mimeType: 'text/plain', buffer: Buffer.from('Not a picture, just some notes.\n') };
}

/** Bytes that claim to be a PNG but are not one. */
export function corruptPng(name = 'broken.png'): FilePayload {
  return { name, mimeType: 'image/png', buffer: Buffer.from('this is not really a PNG file at all') };
}

/** The length the simulator log had before it elided a long string (it keeps the first 256 characters). */
export function loggedStringLength(value: string): number {
  const elided = /…\[(\d+) more characters elided by the simulator log\]$/.exec(value);
  return elided ? 256 + Number(elided[1]) : value.length;
}
