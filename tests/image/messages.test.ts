import { describe, expect, it } from 'vitest';
import {
  attachedNotice,
  convertedNotice,
  formatDimensions,
  notImageError,
  noVisionReason,
  resizedNotice,
  tooLargeError,
  unreadableError,
} from '@/lib/image/messages';
import { IMAGE_URL_HINT, isAttachableImageUrl, isRemoteImage } from '@/lib/image/url';

const MB = 1024 * 1024;

describe('image messages', () => {
  it('says exactly how an over-size photo was resized', () => {
    expect(
      resizedNotice(
        'photo.jpg',
        { bytes: 6.12 * MB, width: 4000, height: 3000 },
        { bytes: 3.87 * MB, width: 2400, height: 1800 },
      ),
    ).toBe(
      "photo.jpg was 6.12 MB as base64 (4000×3000); resized to 3.87 MB (2400×1800) to fit Groq's 4 MB limit.",
    );
  });

  it('says "re-encoded" when only the quality changed', () => {
    expect(
      resizedNotice(
        'scan.png',
        { bytes: 5 * MB, width: 1000, height: 800 },
        { bytes: 1.5 * MB, width: 1000, height: 800 },
      ),
    ).toBe(
      "scan.png was 5.00 MB as base64 (1000×800); re-encoded as JPEG at 1.50 MB (1000×800) to fit Groq's 4 MB limit.",
    );
  });

  it('names the file in every refusal', () => {
    expect(notImageError('notes.txt', 'text/plain')).toBe(
      'notes.txt is not an image (text/plain); attach a PNG, JPEG, GIF or WebP file.',
    );
    expect(notImageError('data', '')).toContain('(unknown type)');
    expect(unreadableError('broken.png')).toBe(
      'broken.png could not be read as an image (it may be corrupt); it was not attached.',
    );
    expect(tooLargeError('pano.jpg', { bytes: 40 * MB, width: 30000, height: 2000 })).toBe(
      "pano.jpg is 40.00 MB as base64 (30000×2000) and could not be made to fit Groq's 4 MB limit; it was not attached.",
    );
  });

  it('reports attached and converted files, and a model without vision', () => {
    expect(attachedNotice('cat.png', { bytes: 141_112, width: 64, height: 48 }, 105_832)).toBe(
      'cat.png attached, 103 KB (64×48).',
    );
    expect(convertedNotice('icon.bmp', 'image/bmp', { bytes: 0.01 * MB, width: 32, height: 32 })).toBe(
      'icon.bmp (image/bmp) was converted to JPEG, 10 KB as base64 (32×32), as Groq takes PNG, JPEG, GIF or WebP images.',
    );
    expect(noVisionReason('Llama 3.1 8B Instant')).toBe('Llama 3.1 8B Instant does not accept images.');
    expect(formatDimensions(1450, 1450)).toBe('1450×1450');
  });
});

describe('Image URL field', () => {
  it('attaches http(s) URLs and base64 image data URLs only', () => {
    expect(isAttachableImageUrl('https://example.com/cat.png')).toBe(true);
    expect(isAttachableImageUrl('  http://example.com/a  ')).toBe(true);
    expect(isAttachableImageUrl('data:image/png;base64,iVBOR')).toBe(true);
    expect(isAttachableImageUrl('data:text/html;base64,PGI+')).toBe(false);
    expect(isAttachableImageUrl('javascript:alert(1)')).toBe(false);
    expect(isAttachableImageUrl('ftp://example.com/a.png')).toBe(false);
    expect(isAttachableImageUrl('cat.png')).toBe(false);
    expect(IMAGE_URL_HINT).toContain('http(s)');
  });

  it('tells remote images (new tab) from uploads', () => {
    expect(isRemoteImage('https://example.com/cat.png')).toBe(true);
    expect(isRemoteImage('data:image/png;base64,AAAA')).toBe(false);
  });
});
