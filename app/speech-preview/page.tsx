import { SpeechPreview } from './preview';

export const dynamic = 'force-dynamic';

/** TEMPORARY: stands in for the playground's Mode switch until the lead wires it. Delete before handing over. */
export default function Page() {
  return <SpeechPreview />;
}
