/**
 * `npm run bench:proxy-events`: the proxy's CPU cost per upstream SSE event, in one process, no
 * network: Groq-shaped chunks (as the simulator writes them) arrive as a Node stream in reads of
 * K events, go through lib/groq/chat-events.ts (SSE reader → typed events → batches) and
 * lib/groq/event-stream-response.ts (the SSE the browser reads), and the response body is drained.
 * Prints CPU µs per upstream event (median of several trials) for K = 1, 4 and 16 events per read.
 * Run with the react-server condition (package.json does) so `server-only` imports are allowed.
 */
import { Readable } from 'node:stream';
import { streamedEventBatches } from '../lib/groq/chat-events';
import { eventStreamResponse } from '../lib/groq/event-stream-response';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const EVENTS = arg('events', 400);
const STREAMS = arg('streams', 200);
const TRIALS = arg('trials', 7);

const header =
  '"id":"chatcmpl-8f3e1c2a-6f1b-4b5e-9d6a-1c2b3d4e5f60","object":"chat.completion.chunk","created":1795990708,"model":"llama-3.1-8b-instant","system_fingerprint":"fp_a1b2c3d4e5","service_tier":"on_demand",';
const WORDS = [
  'The',
  ' quick',
  ' brown',
  ' fox',
  ' jumps',
  ' over',
  ' the',
  ' lazy',
  ' dög',
  ' — ',
  '**bold**',
  '\n\n',
  ' "quoted"',
  ' café',
  ' 😀',
];

function frames(n: number): string[] {
  const out = [
    `data: {${header}"choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"x_groq":{"id":"req_01"}}\n\n`,
  ];
  for (let i = 0; i < n; i++) {
    const content = JSON.stringify(WORDS[i % WORDS.length]);
    out.push(
      `data: {${header}"choices":[{"index":0,"delta":{"content":${content}},"logprobs":null,"finish_reason":null}]}\n\n`,
    );
  }
  out.push(
    `data: {${header}"choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"x_groq":{"id":"req_01","usage":{"queue_time":0.01,"prompt_tokens":9,"prompt_time":0.001,"completion_tokens":${n},"completion_time":0.4,"total_tokens":${n + 9},"total_time":0.401}}}\n\n`,
    'data: [DONE]\n\n',
  );
  return out;
}

/** The upstream body in reads of `perRead` events each, as transport.ts hands it over. */
function reads(perRead: number): Buffer[] {
  const all = frames(EVENTS);
  const out: Buffer[] = [];
  for (let i = 0; i < all.length; i += perRead) out.push(Buffer.from(all.slice(i, i + perRead).join('')));
  return out;
}

const upstreamResponse = new Response(null, {
  headers: { 'x-request-id': 'req_01', 'x-ratelimit-limit-tokens': '18000' },
});

async function oneStream(chunks: Buffer[]): Promise<number> {
  const body = Readable.from(chunks, { objectMode: false });
  const batches = streamedEventBatches(body, upstreamResponse, 'llama-3.1-8b-instant');
  const response = eventStreamResponse(batches, new AbortController(), 'gsk_not_a_key');
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
  }
}

/** CPU time (user + system) of this process, not wall time: other processes on the machine don't count. */
async function trial(chunks: Buffer[]): Promise<number> {
  const started = process.cpuUsage();
  for (let s = 0; s < STREAMS; s++) await oneStream(chunks);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / (STREAMS * (EVENTS + 3));
}

async function main() {
  console.log(`[bench] ${EVENTS} content events per stream, ${STREAMS} streams per trial, ${TRIALS} trials`);
  const results: Record<string, number> = {};
  for (const perRead of [1, 4, 16]) {
    const chunks = reads(perRead);
    for (let i = 0; i < 2; i++) await trial(chunks); // warm-up: let the JIT settle
    const figures: number[] = [];
    for (let t = 0; t < TRIALS; t++) figures.push(await trial(chunks));
    figures.sort((a, b) => a - b);
    const median = figures[Math.floor(figures.length / 2)] ?? Number.NaN;
    results[`${perRead}PerRead`] = median;
    console.log(
      `   ${String(perRead).padStart(2)} events per read: ${median.toFixed(3)} CPU µs/event (min ${figures[0]?.toFixed(3)}, max ${figures.at(-1)?.toFixed(3)})`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] harness error:', error);
    process.exit(1);
  },
);
