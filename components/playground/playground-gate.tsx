'use client';

import dynamic from 'next/dynamic';
import { Playground } from './playground';

/** Only locked deployments show it, so it is split from the playground's first visit. */
const UnlockScreen = dynamic(() => import('./unlock-screen').then((m) => m.UnlockScreen));

/** The page's one client entry: the unlock screen when this browser has no session, else the playground. */
export function PlaygroundGate({ locked, demo }: { locked: boolean; demo: boolean }) {
  return locked ? <UnlockScreen /> : <Playground demo={demo} />;
}
