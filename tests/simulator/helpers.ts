import { createSimulator, type Simulator, type SimulatorOptions } from '../../lib/simulator/index';

export const KEY = 'gsk_simulator_demo_key';
export const BASE = 'http://simulator.test';
export const AUTH = { authorization: `Bearer ${KEY}` };

export function makeSimulator(options: Partial<SimulatorOptions> = {}): Simulator {
  return createSimulator({ apiKey: KEY, tokensPerSecond: 0, era: '2024', ...options });
}

export function chatRequest(body: unknown, init: RequestInit = {}): Request {
  return new Request(`${BASE}/openai/v1/chat/completions`, {
    method: 'POST',
    ...init,
    headers: { ...AUTH, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface ChatJson {
  id: string;
  object: string;
  model: string;
  choices: {
    index: number;
    message: { role: string; content: string | null; tool_calls?: ToolCallJson[] };
    finish_reason: string;
    logprobs: null;
  }[];
  usage: Record<string, number>;
  system_fingerprint: string;
  x_groq: { id: string };
}

export interface ToolCallJson {
  id: string;
  type: string;
  function: { name: string; arguments: string };
}

export interface ErrorJson {
  error: { message: string; type: string; code?: string; failed_generation?: string };
}

export async function chat(
  sim: Simulator,
  body: Record<string, unknown>,
): Promise<{ response: Response; json: ChatJson & ErrorJson }> {
  const response = await sim.handle(chatRequest(body));
  const json = (await response.json()) as ChatJson & ErrorJson;
  return { response, json };
}

export function user(content: unknown) {
  return { role: 'user', content };
}

export interface SseChunk {
  id: string;
  object: string;
  choices: { index: number; delta: Record<string, unknown>; finish_reason: string | null }[];
  x_groq?: { id: string; usage?: Record<string, number> };
  usage?: Record<string, number>;
  error?: { message: string; type: string };
}

/** Splits an SSE body into parsed `data:` payloads; `done` tells whether `[DONE]` arrived. */
export function parseSse(text: string): { chunks: SseChunk[]; done: boolean } {
  const chunks: SseChunk[] = [];
  let done = false;
  for (const block of text.split('\n\n')) {
    const data = block.trim();
    if (!data.startsWith('data: ')) continue;
    const payload = data.slice(6);
    if (payload === '[DONE]') done = true;
    else chunks.push(JSON.parse(payload) as SseChunk);
  }
  return { chunks, done };
}

export function streamedContent(chunks: SseChunk[]): string {
  return chunks.map((c) => (c.choices[0]?.delta.content as string | undefined) ?? '').join('');
}

/** A mono 16-bit PCM WAV of `seconds` of a quiet sine tone. */
export function makeWav(seconds: number, sampleRate = 16_000): Uint8Array<ArrayBuffer> {
  const samples = Math.round(seconds * sampleRate);
  const buffer = new ArrayBuffer(44 + samples * 2);
  const view = new DataView(buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i += 1) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i += 1) {
    view.setInt16(44 + i * 2, Math.round(Math.sin((i / sampleRate) * 2 * Math.PI * 440) * 3000), true);
  }
  return new Uint8Array(buffer);
}

export function audioRequest(
  path: 'transcriptions' | 'translations',
  fields: Record<string, string>,
  file?: { bytes: Uint8Array<ArrayBuffer>; name: string; type?: string },
): Request {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append('file', new File([file.bytes], file.name, { type: file.type ?? 'audio/wav' }));
  return new Request(`${BASE}/openai/v1/audio/${path}`, { method: 'POST', headers: AUTH, body: form });
}
