/**
 * How an over-size image is re-encoded to fit: JPEG at falling quality at full size, then smaller
 * dimensions (×0.8 per step, aspect ratio kept), until the data URL fits or the attempts run out.
 * Pure: the encoder is injected, so the search runs in node with a fake one.
 */
import { fitsBase64Limit, MAX_BASE64_IMAGE_BYTES } from './size';

export interface EncodeAttempt {
  width: number;
  height: number;
  /** JPEG quality, 0–1. */
  quality: number;
}

export interface Encoded<T> {
  /** Length of the data URL this encoding becomes. */
  length: number;
  value: T;
}

export type Encoder<T> = (attempt: EncodeAttempt) => Promise<Encoded<T>>;

export const QUALITY_STEPS: readonly number[] = [0.92, 0.85, 0.75, 0.6];
/** Quality used once the dimensions shrink. */
export const SCALED_QUALITY = 0.85;
export const SCALE_STEP = 0.8;
export const MAX_ATTEMPTS = 16;
/** Never shrink the shorter side below this many pixels. */
export const MIN_SIDE = 16;

export interface PlanOptions {
  maxAttempts?: number;
  minSide?: number;
}

/** Every attempt the search may make, in order (it stops at the first that fits). */
export function encodePlan(width: number, height: number, options: PlanOptions = {}): EncodeAttempt[] {
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const minSide = options.minSide ?? MIN_SIDE;
  const plan: EncodeAttempt[] = QUALITY_STEPS.map((quality) => ({ width, height, quality }));
  let scale = 1;
  while (plan.length < maxAttempts) {
    scale *= SCALE_STEP;
    const next = scaledSize(width, height, scale);
    if (Math.min(next.width, next.height) < minSide) break;
    const last = plan.at(-1);
    if (last && last.width === next.width && last.height === next.height) continue;
    plan.push({ ...next, quality: SCALED_QUALITY });
  }
  return plan.slice(0, maxAttempts);
}

/** `width`×`height` scaled by `scale`, rounded, at least 1 px each way. */
export function scaledSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export interface FitResult<T> {
  attempt: EncodeAttempt;
  encoded: Encoded<T>;
  /** How many encodings were tried (the last one fitted). */
  tries: number;
}

/** Runs the plan until an encoding fits `limit`; null when none does. */
export async function findFit<T>(
  width: number,
  height: number,
  encode: Encoder<T>,
  options: PlanOptions & { limit?: number } = {},
): Promise<FitResult<T> | null> {
  const limit = options.limit ?? MAX_BASE64_IMAGE_BYTES;
  let tries = 0;
  for (const attempt of encodePlan(width, height, options)) {
    tries += 1;
    const encoded = await encode(attempt);
    if (fitsBase64Limit(encoded.length, limit)) return { attempt, encoded, tries };
  }
  return null;
}
