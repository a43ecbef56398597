import { handleTtsRoute } from '@/lib/groq/speech';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** One piece is at most 200 characters: seconds of audio, generated faster than real time. */
export const maxDuration = 60;

/** Groq's `POST /openai/v1/audio/speech` behind the playground: JSON in, the audio bytes streamed out. */
export async function POST(request: Request): Promise<Response> {
  return handleTtsRoute(request);
}
