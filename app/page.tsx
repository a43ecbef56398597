import { cookies } from 'next/headers';
import { Playground } from '@/components/playground/playground';
import { UnlockScreen } from '@/components/playground/unlock-screen';
import { isDemoMode } from '@/lib/groq/env';
import { ACCESS_COOKIE, hasAccess } from '@/lib/security/access';
import { securityConfig } from '@/lib/security/config';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const jar = await cookies();
  const token = jar.get(ACCESS_COOKIE)?.value;
  const cookieHeader = token ? `${ACCESS_COOKIE}=${encodeURIComponent(token)}` : null;
  if (!hasAccess(cookieHeader, securityConfig().PLAYGROUND_ACCESS_CODE)) return <UnlockScreen />;
  return <Playground demo={isDemoMode()} />;
}
