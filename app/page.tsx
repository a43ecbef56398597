import nextDynamic from 'next/dynamic';
import { cookies } from 'next/headers';
import { Playground } from '@/components/playground/playground';
import { isDemoMode } from '@/lib/groq/env';
import { ACCESS_COOKIE, hasAccessToken } from '@/lib/security/access';
import { securityConfig } from '@/lib/security/config';

export const dynamic = 'force-dynamic';

/** Only locked deployments show it: its code is not part of the playground's first visit. */
const UnlockScreen = nextDynamic(() =>
  import('@/components/playground/unlock-screen').then((m) => m.UnlockScreen),
);

export default async function Page() {
  const token = (await cookies()).get(ACCESS_COOKIE)?.value;
  if (!hasAccessToken(token, securityConfig())) return <UnlockScreen />;
  return <Playground demo={isDemoMode()} />;
}
