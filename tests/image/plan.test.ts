import { describe, expect, it } from 'vitest';
import {
  type EncodeAttempt,
  type Encoder,
  encodePlan,
  findFit,
  MAX_ATTEMPTS,
  QUALITY_STEPS,
  SCALED_QUALITY,
} from '@/lib/image/plan';
import { MAX_BASE64_IMAGE_BYTES } from '@/lib/image/size';

/** A fake JPEG encoder: bytes per pixel grow with quality; records every attempt. */
function fakeEncoder(bytesPerPixel: (quality: number) => number) {
  const attempts: EncodeAttempt[] = [];
  const encode: Encoder<string> = async (attempt) => {
    attempts.push(attempt);
    const length = Math.round(attempt.width * attempt.height * bytesPerPixel(attempt.quality));
    return { length, value: `${attempt.width}x${attempt.height}@${attempt.quality}` };
  };
  return { attempts, encode };
}

describe('encodePlan', () => {
  it('tries falling JPEG quality at full size first, then shrinks by 0.8 keeping the aspect ratio', () => {
    const plan = encodePlan(4000, 3000);
    expect(plan.slice(0, 4)).toEqual(
      QUALITY_STEPS.map((quality) => ({ width: 4000, height: 3000, quality })),
    );
    expect(QUALITY_STEPS).toEqual([0.92, 0.85, 0.75, 0.6]);
    expect(plan[4]).toEqual({ width: 3200, height: 2400, quality: SCALED_QUALITY });
    expect(plan[5]).toEqual({ width: 2560, height: 1920, quality: SCALED_QUALITY });
    for (const step of plan) expect(step.width / step.height).toBeCloseTo(4 / 3, 2);
    expect(plan).toHaveLength(MAX_ATTEMPTS);
  });

  it('is capped, and never goes below the smallest side', () => {
    expect(encodePlan(4000, 3000, { maxAttempts: 6 })).toHaveLength(6);
    const small = encodePlan(40, 20);
    expect(small.every((s) => Math.min(s.width, s.height) >= 16)).toBe(true);
    expect(small.at(-1)).toEqual({ width: 32, height: 16, quality: SCALED_QUALITY });
  });
});

describe('findFit', () => {
  it('stops at the first quality that fits, without shrinking', async () => {
    // 4000×3000 at 0.92 → 6 MB+, at 0.75 → under 4 MB.
    const { attempts, encode } = fakeEncoder((q) => (q >= 0.85 ? 0.5 : 0.3));
    const fit = await findFit(4000, 3000, encode);
    expect(fit?.attempt).toEqual({ width: 4000, height: 3000, quality: 0.75 });
    expect(fit?.tries).toBe(3);
    expect(attempts).toHaveLength(3);
    expect(fit!.encoded.length).toBeLessThanOrEqual(MAX_BASE64_IMAGE_BYTES);
  });

  it('shrinks the dimensions when no quality is enough', async () => {
    const { attempts, encode } = fakeEncoder(() => 1);
    const fit = await findFit(4000, 3000, encode);
    // 4 MB / 1 byte per pixel: 0.8^3 → 2048×1536 = 3.0 M pixels is the first fit.
    expect(fit?.attempt).toEqual({ width: 2048, height: 1536, quality: SCALED_QUALITY });
    expect(attempts).toHaveLength(7);
    expect(fit?.encoded.value).toBe('2048x1536@0.85');
  });

  it('gives up (null) after the capped attempts when nothing fits', async () => {
    const { attempts, encode } = fakeEncoder(() => 1e9);
    expect(await findFit(4000, 3000, encode)).toBeNull();
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
  });

  it('honours a custom limit', async () => {
    const { encode } = fakeEncoder(() => 1);
    const fit = await findFit(100, 100, encode, { limit: 5_000 });
    expect(fit?.attempt).toEqual({ width: 64, height: 64, quality: SCALED_QUALITY });
  });

  it('passes encoder failures on to the caller', async () => {
    const encode: Encoder<never> = async () => {
      throw new Error('canvas is gone');
    };
    await expect(findFit(10, 10, encode)).rejects.toThrow('canvas is gone');
  });
});
