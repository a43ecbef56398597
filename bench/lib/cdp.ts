/** Chrome DevTools Protocol helpers for the benchmarks: performance metrics and a trace as events. */
import type { CDPSession } from '@playwright/test';
import type { TraceEvent } from './trace';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const PROFILE_CATEGORY = 'disabled-by-default-v8.cpu_profiler';

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export async function startTracing(cdp: CDPSession, profile: boolean): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    streamFormat: 'json',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: profile ? [...TRACE_CATEGORIES, PROFILE_CATEGORY] : TRACE_CATEGORIES,
      excludedCategories: ['*'],
    },
  });
}

export async function stopTracing(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Tracing.tracingComplete did not arrive')), 60_000);
    cdp.once('Tracing.tracingComplete', (event) => {
      clearTimeout(timer);
      if (event.stream) resolve(event.stream);
      else reject(new Error('Tracing.tracingComplete came without a stream handle'));
    });
  });
  await cdp.send('Tracing.end');
  const handle = await complete;
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 8 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed: unknown = JSON.parse(parts.join(''));
  if (Array.isArray(parsed)) return parsed as TraceEvent[];
  return ((parsed as { traceEvents?: TraceEvent[] }).traceEvents ?? []) as TraceEvent[];
}
