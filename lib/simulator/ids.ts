/** Identifiers shaped like Groq's: req_<26 lowercase alnum>, chatcmpl-<uuid>, call_<alnum>, fp_<hex>. */
import { randomBytes, randomUUID } from 'node:crypto';
import { hashString } from './tokens';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomChars(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** ULID-like: 10 time characters then 16 random ones, all lowercase (e.g. req_01jbd6g2qdfw2adyrt2az8hz4w). */
export function requestId(now = Date.now()): string {
  let time = '';
  let rest = now;
  for (let i = 0; i < 10; i += 1) {
    time = (CROCKFORD[rest % 32] ?? '0') + time;
    rest = Math.floor(rest / 32);
  }
  return `req_${time}${randomChars(CROCKFORD, 16)}`;
}

export function completionId(): string {
  return `chatcmpl-${randomUUID()}`;
}

export function toolCallId(): string {
  return `call_${randomChars(ALNUM, 4)}`;
}

/** Stable per model, like a deployment fingerprint. */
export function systemFingerprint(model: string): string {
  return `fp_${hashString(model).toString(16).padStart(8, '0')}${(hashString(model, 7) & 0xff).toString(16).padStart(2, '0')}`;
}
