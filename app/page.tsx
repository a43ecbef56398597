import { cookies } from 'next/headers';
import { PlaygroundGate } from '@/components/playground/playground-gate';
import { isDemoMode } from '@/lib/groq/env';
import { ACCESS_COOKIE, hasAccessToken } from '@/lib/security/access';
import { securityConfig } from '@/lib/security/config';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const token = (await cookies()).get(ACCESS_COOKIE)?.value;
  return <PlaygroundGate locked={!hasAccessToken(token, securityConfig())} demo={isDemoMode()} />;
}
