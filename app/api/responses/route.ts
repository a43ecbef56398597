import { route } from '@/lib/gate/route';
import { peekLiveModel } from '@/lib/groq/models';
import { proxyResponses } from '@/lib/groq/responses';
import { findCatalogModel } from '@/lib/models/catalog';
import { parseResponsesRequest, type ResponsesRequest } from '@/lib/schema/responses-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
/** Long answers from slow models can stream for minutes. */
export const maxDuration = 300;

async function parse(value: unknown) {
  const id = typeof value === 'object' && value !== null ? Reflect.get(value, 'model') : undefined;
  const live = typeof id === 'string' ? await peekLiveModel(id).catch(() => undefined) : undefined;
  return parseResponsesRequest(value, live ?? (typeof id === 'string' ? findCatalogModel(id) : undefined));
}

export const POST = route<ResponsesRequest>(
  {
    body: { kind: 'json', parse },
    admission: async (body) => {
      // The budget counts what a request may generate: its max output tokens, else the model's maximum.
      const live = await peekLiveModel(body.model).catch(() => undefined);
      const answerTokens =
        body.max_output_tokens ??
        live?.maxCompletionTokens ??
        findCatalogModel(body.model)?.maxCompletionTokens ??
        1024;
      return {
        models: [body.model],
        maxCompletionTokens: answerTokens,
        tokens: answerTokens,
        streaming: true,
      };
    },
    releasesOnStreamEnd: true,
  },
  ({ request, body, release }) => proxyResponses(body, request.signal, release),
);
