import { route } from '@/lib/gate/route';
import { parseTtsBody, proxyTts } from '@/lib/groq/tts';
import type { TtsRequest } from '@/lib/tts/schema';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** One piece is at most 200 characters: seconds of audio, generated faster than real time. */
export const maxDuration = 60;

/**
 * Groq's `POST /openai/v1/audio/speech` behind the playground: JSON in, the audio bytes streamed out.
 * The budget counts the input's characters, Groq's unit for TTS; TTS takes no stream slot (pieces
 * are short and the browser bounds them).
 */
export const POST = route<TtsRequest>(
  {
    body: { kind: 'json', parse: parseTtsBody },
    limit: 'tts',
    admission: (body) => ({ models: [body.model], tokens: body.input.length }),
  },
  ({ request, body }) => proxyTts(body, request.signal),
);
