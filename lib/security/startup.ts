import 'server-only';
import { appEnv } from '../env';
import { NAMES } from '../env/schema';
import { unknownSettingWarnings } from '../env/unknown-names';
import { installPeerAddressStamp } from './peer-address';

/** Parses the configuration or exits; installs the peer-address hook; connects to Redis if set. */
export async function startServerChecks(): Promise<void> {
  let env: ReturnType<typeof appEnv>;
  try {
    env = appEnv();
  } catch (error) {
    console.error(`[playground] ${error instanceof Error ? error.message : String(error)}`);
    console.error('[playground] Fix the variable(s) above (see .env.example); the server will not start.');
    process.exit(1);
  }
  // Names only, never values: a misspelt access code must not pass unnoticed, nor be printed.
  for (const warning of unknownSettingWarnings(process.env, NAMES)) console.warn(`[playground] ${warning}`);
  await installPeerAddressStamp();
  if (process.env.VERCEL === '1' && env.TRUSTED_PROXIES.kind !== 'vercel') {
    // On Vercel the TCP peer is Vercel's own proxy: without this every visitor would share a budget.
    console.warn('[playground] Running on Vercel: set TRUSTED_PROXIES=vercel so limits tell visitors apart.');
  }
  // Created now, outside any request, so the limits' detached async scope belongs to no request.
  const { detachedScope, waitForRedis } = await import('./limiter-store');
  detachedScope();
  if (env.REDIS_URL) {
    if (!(await waitForRedis(env.REDIS_URL))) {
      console.warn(
        '[playground] REDIS_URL is set but Redis is not reachable yet: chat limits run per instance and unlocking is refused until it is.',
      );
    }
  }
}
