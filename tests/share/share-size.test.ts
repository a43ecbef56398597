import { describe, expect, it, vi } from 'vitest';
import * as bounded from '@/lib/share/bounded-decompress';
import { shareLinkTooLarge } from '@/lib/share/share-encode';
import { decodeShareState, SHARE_MAX_JSON_CHARS, SHARE_MAX_LENGTH } from '@/lib/share/share-link';
import type { ShareState } from '@/lib/share/share-schema';
import { bomb } from './lz-bomb';

describe('share links over the size limits', () => {
  it('refuses a payload longer than a link may be without decompressing it', () => {
    const spy = vi.spyOn(bounded, 'decompressBounded');
    const result = decodeShareState('A'.repeat(SHARE_MAX_LENGTH + 1));
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^This link is too large to open \(2,097,153 characters\)/),
    });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('refuses a payload that expands past the text limit, with the same message', () => {
    // 20 kB of link that would expand to 18 million characters.
    const payload = bomb(6000);
    expect(payload.length).toBeLessThan(20_000);
    const result = decodeShareState(payload);
    expect(result.ok ? null : result.message).toMatch(
      /^This link is too large to open \(it expands to over 16 million characters\)/,
    );
  });

  it('Share offers no link it could not open again', () => {
    const state = { v: 4, messages: [] } as unknown as ShareState;
    expect(shareLinkTooLarge('https://x.test/#s=abc', state)).toBe(false);
    expect(shareLinkTooLarge(`https://x.test/#s=${'a'.repeat(SHARE_MAX_LENGTH)}`, state)).toBe(true);
    const huge = { ...state, system: 'x'.repeat(SHARE_MAX_JSON_CHARS) } as unknown as ShareState;
    expect(shareLinkTooLarge('https://x.test/#s=short', huge)).toBe(true);
  });
});
