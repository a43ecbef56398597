import 'server-only';
import { type AppEnv, appEnv } from '../env';

/**
 * The Groq half of the configuration (lib/env parses every setting in one place, at server start).
 * Nothing in this module may reach the browser.
 */
export type ServerEnv = AppEnv;

export function serverEnv(): ServerEnv {
  return appEnv();
}

/** Demo mode: neither a key nor another server is configured, so the built-in simulator answers. */
export function isDemoMode(env: Pick<ServerEnv, 'GROQ_API_KEY' | 'GROQ_BASE_URL'> = serverEnv()): boolean {
  return !env.GROQ_API_KEY && !env.GROQ_BASE_URL;
}
