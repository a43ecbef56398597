import { Playground } from '@/components/playground/playground';
import { isDemoMode } from '@/lib/groq/env';

export const dynamic = 'force-dynamic';

export default function Page() {
  return <Playground demo={isDemoMode()} />;
}
