import { describe, expect, test } from 'vitest';
import { formatBytes } from '@/lib/format/bytes';

describe('sizes on screen', () => {
  test('a 105,832-byte PNG reads as 103 KB, not 0.13 MB', () => {
    expect(formatBytes(105_832)).toBe('103 KB');
  });

  test('bytes under a kilobyte, whole kilobytes, megabytes with one decimal', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1023.6 * 1024)).toBe('1.0 MB');
    expect(formatBytes(6.12 * 1024 * 1024)).toBe('6.1 MB');
  });
});
