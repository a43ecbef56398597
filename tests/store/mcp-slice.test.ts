// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partializePlayground } from '@/lib/store/persisted-state';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectPendingRequest } from '@/lib/store/selectors';
import { defaultPane } from '@/lib/store/settings-slice';
import { answerEvents, fakeChatServer } from './fake-chat-server';
import '../support/settle-lazy-store';

const store = usePlaygroundStore;
const SECRET = 'Bearer tok-unit-9a8b7c';

function addWeather() {
  const id = store.getState().addMcpServer({ label: 'weather', url: 'https://mcp.example.com/mcp' });
  store.getState().setMcpHeaders(id, `Authorization: ${SECRET}`);
  return id;
}

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  store.setState({ panes: [defaultPane('openai/gpt-oss-120b')] });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('MCP servers in the store', () => {
  it('sends the header value, but never saves it', () => {
    addWeather();
    store.getState().setDraft('Forecast in Paris?');
    const { request } = selectPendingRequest(store.getState(), 0);
    expect(request.tools).toMatchObject([{ type: 'mcp', headers: { Authorization: SECRET } }]);
    const saved = JSON.stringify(partializePlayground(store.getState()));
    expect(saved).toContain('"label":"weather"');
    expect(saved).not.toContain('tok-unit-9a8b7c');
  });

  it('posts the header to the route, but the answer (saved, shared, inspected) keeps only ***', async () => {
    const server = fakeChatServer(() => answerEvents('Rain', 'openai/gpt-oss-120b'));
    addWeather();
    store.getState().setDraft('Forecast in Paris?');
    const result = store.getState().submit();
    if (result.ok) await result.done;
    expect(server.calls[0]?.request.tools).toMatchObject([{ headers: { Authorization: SECRET } }]);
    const answer = store.getState().messages.at(-1)?.answer;
    expect(answer?.request.tools).toMatchObject([{ headers: { Authorization: '***' } }]);
    expect(JSON.stringify(partializePlayground(store.getState()))).not.toContain('tok-unit-9a8b7c');
  });

  it('turning a server off by label stops sending it; removing forgets its headers', () => {
    const id = addWeather();
    store.getState().turnOffMcpServer('weather');
    store.getState().setDraft('hi');
    expect(selectPendingRequest(store.getState(), 0).request.tools).toBeUndefined();
    store.getState().removeMcpServer(id);
    expect(store.getState().mcpServers).toEqual([]);
    expect(store.getState().mcpHeaders).toEqual({});
  });
});

describe('the API choice', () => {
  it('with Responses, Submit posts the Responses shape to /api/responses', async () => {
    const server = fakeChatServer(() => answerEvents('Hi', 'openai/gpt-oss-120b'));
    store.getState().setChatApi('responses');
    store.getState().setSystem('Be terse.');
    store.getState().setDraft('Hello');
    const result = store.getState().submit();
    if (result.ok) await result.done;
    expect(server.fetch.mock.calls[0]?.[0]).toBe('/api/responses');
    const body = JSON.parse(String(server.fetch.mock.calls[0]?.[1].body)) as Record<string, unknown>;
    expect(body).toMatchObject({ model: 'openai/gpt-oss-120b', instructions: 'Be terse.', stream: true });
    expect(body).not.toHaveProperty('messages');
    expect(store.getState().messages.at(-1)?.content).toBe('Hi');
  });

  it('with Chat Completions (the default), Submit posts to /api/chat', async () => {
    const server = fakeChatServer(() => answerEvents('Hi'));
    store.getState().setDraft('Hello');
    const result = store.getState().submit();
    if (result.ok) await result.done;
    expect(server.fetch.mock.calls[0]?.[0]).toBe('/api/chat');
  });
});
