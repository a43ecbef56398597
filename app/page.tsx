import { cookies } from 'next/headers';
import { Playground } from '@/components/playground/playground';
import { UnlockScreen } from '@/components/playground/unlock-screen';
import { isDemoMode } from '@/lib/groq/env';
import { ACCESS_COOKIE, hasAccessToken } from '@/lib/security/access';
import { securityConfig } from '@/lib/security/config';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const token = (await cookies()).get(ACCESS_COOKIE)?.value;
  if (!hasAccessToken(token, securityConfig())) return <UnlockScreen />;
  return <Playground demo={isDemoMode()} />;
}
