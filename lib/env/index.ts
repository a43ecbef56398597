import 'server-only';
import { type AppEnv, parseAppEnv } from './schema';

export type { AppEnv, TrustedProxies } from './schema';
export { parseAppEnv } from './schema';

let cached: AppEnv | undefined;

/**
 * The parsed configuration. `instrumentation.ts` calls this when the server starts, so a bad value
 * stops the server before it takes a request; routes then read the cached result.
 */
export function appEnv(): AppEnv {
  cached ??= parseAppEnv(process.env);
  return cached;
}
