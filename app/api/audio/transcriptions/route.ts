import { handleSpeechRoute } from '@/lib/groq/audio';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** Uploading 25 MB and transcribing it can take a while on a slow link. */
export const maxDuration = 120;

/** Groq's `POST /openai/v1/audio/transcriptions` behind the playground: multipart in, JSON out. */
export async function POST(request: Request): Promise<Response> {
  return handleSpeechRoute(request, 'transcribe');
}
