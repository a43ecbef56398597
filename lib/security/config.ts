import 'server-only';
import { type AppEnv, appEnv, parseAppEnv } from '../env';

/**
 * Settings for running the playground in public (lib/env/schema.ts parses them with everything
 * else). Rate limits are off unless set (a private deployment needs none); the body-size limit, the
 * Origin check and the unlock brute-force protection are on by default because they cost nothing.
 */
export type SecurityConfig = AppEnv;

export function parseSecurityConfig(source: Record<string, string | undefined>): SecurityConfig {
  return parseAppEnv(source);
}

export function securityConfig(): SecurityConfig {
  return appEnv();
}
