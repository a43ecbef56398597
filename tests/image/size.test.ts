import { describe, expect, it } from 'vitest';
import {
  base64Length,
  dataUrlLength,
  dataUrlPrefix,
  fitsBase64Limit,
  formatMegabytes,
  isGroqImageType,
  isImageType,
  MAX_BASE64_IMAGE_BYTES,
} from '@/lib/image/size';
import { MAX_BASE64_IMAGE_BYTES as SCHEMA_LIMIT } from '@/lib/schema/limits';

describe('data URL size math', () => {
  it('shares the 4 MB limit with the request schema', () => {
    expect(MAX_BASE64_IMAGE_BYTES).toBe(SCHEMA_LIMIT);
    expect(MAX_BASE64_IMAGE_BYTES).toBe(4 * 1024 * 1024);
  });

  it('computes the padded base64 length', () => {
    expect(base64Length(0)).toBe(0);
    expect(base64Length(1)).toBe(4);
    expect(base64Length(2)).toBe(4);
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    expect(base64Length(3_000_000)).toBe(4_000_000);
  });

  it('matches the length of the data URL Node builds for the same bytes', () => {
    for (const size of [0, 1, 2, 3, 10, 1000, 65_537]) {
      const bytes = Buffer.alloc(size, 7);
      const url = `data:image/jpeg;base64,${bytes.toString('base64')}`;
      expect(dataUrlLength('image/jpeg', size)).toBe(url.length);
    }
    expect(dataUrlPrefix('image/png')).toBe('data:image/png;base64,');
  });

  it('counts the prefix against the limit: the last byte that fits depends on the type', () => {
    const prefix = 'data:image/jpeg;base64,'.length;
    // The largest payload whose data URL is at most 4 MB.
    const maxBytes = Math.floor((MAX_BASE64_IMAGE_BYTES - prefix) / 4) * 3;
    expect(fitsBase64Limit(dataUrlLength('image/jpeg', maxBytes))).toBe(true);
    expect(fitsBase64Limit(dataUrlLength('image/jpeg', maxBytes + 1))).toBe(false);
    expect(fitsBase64Limit(MAX_BASE64_IMAGE_BYTES)).toBe(true);
    expect(fitsBase64Limit(MAX_BASE64_IMAGE_BYTES + 1)).toBe(false);
  });

  it('formats binary megabytes with two decimals', () => {
    expect(formatMegabytes(4 * 1024 * 1024)).toBe('4.00 MB');
    expect(formatMegabytes(6.12 * 1024 * 1024)).toBe('6.12 MB');
  });

  it('tells images from other files, and the types Groq takes from the rest', () => {
    expect(isImageType('image/bmp')).toBe(true);
    expect(isImageType('text/plain')).toBe(false);
    expect(isImageType('')).toBe(false);
    expect(isGroqImageType('image/jpeg')).toBe(true);
    expect(isGroqImageType('image/PNG')).toBe(true);
    expect(isGroqImageType('image/bmp')).toBe(false);
    expect(isGroqImageType('image/svg+xml')).toBe(false);
  });
});
