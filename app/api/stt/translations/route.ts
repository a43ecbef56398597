import { route } from '@/lib/gate/route';
import { proxyStt } from '@/lib/groq/stt';
import { parseSttForm, type SttRequest } from '@/lib/stt/schema';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** Uploading 25 MB and transcribing it can take a while on a slow link. */
export const maxDuration = 120;

/** Groq's `POST /openai/v1/audio/translations` behind the playground: multipart in, JSON out. */
export const POST = route<SttRequest>(
  {
    body: { kind: 'multipart', parse: (form) => parseSttForm(form, 'translate') },
    limit: 'audio',
    admission: (body) => ({ models: [body.model] }),
  },
  ({ request, body }) => proxyStt(body, request.signal),
);
