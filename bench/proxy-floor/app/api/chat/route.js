// The proxy's floor for `npm run bench:proxy`: the least a Next.js route handler can do to relay a
// streamed chat completion — no gate, no schema, no SDK. The request body goes to the upstream over
// a keep-alive node:http agent (as lib/groq/transport does), and its SSE bytes come back untouched.
// What `/api/chat` adds on top of this is the app's own cost; what this adds over a direct call is
// Next.js's.
import http from 'node:http';

export const dynamic = 'force-dynamic';

const agent = new http.Agent({ keepAlive: true, timeout: 4_000, scheduling: 'lifo' });

export async function POST(request) {
  const body = await request.text();
  const upstream = await new Promise((resolve, reject) => {
    const req = http.request(
      `${process.env.GROQ_BASE_URL}/openai/v1/chat/completions`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${process.env.GROQ_API_KEY}`,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end(body);
  });
  const stream = new ReadableStream({
    start(controller) {
      upstream.on('data', (chunk) => controller.enqueue(new Uint8Array(chunk)));
      upstream.on('end', () => controller.close());
      upstream.on('error', (error) => controller.error(error));
    },
    cancel() {
      upstream.destroy();
    },
  });
  return new Response(stream, {
    status: upstream.statusCode,
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform' },
  });
}
