// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { isChatRun } from '@/lib/store/run';
import { defaultPane } from '@/lib/store/settings-slice';
import { useAbortRunsOnUnmount } from '@/lib/store/use-abort-runs';
import { fakeChatServer } from './fake-chat-server';
import '../support/settle-lazy-store';

const store = usePlaygroundStore;
const settle = () => new Promise((r) => setTimeout(r, 30));

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  store.setState({ panes: [defaultPane('openai/gpt-oss-120b')] });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Compare with three panes, each streaming an answer the test holds open. */
async function threePanesStreaming() {
  const server = fakeChatServer();
  store.getState().enterCompare();
  store.getState().addPane();
  store.getState().setDraft('Race');
  const result = store.getState().submit();
  if (!result.ok) throw new Error(result.reason);
  await vi.waitFor(() => expect(server.calls).toHaveLength(3));
  const ids = store.getState().panes.map((p) => p.id);
  // Calls go out in pane order; each is matched to its pane by that order.
  const byPane = Object.fromEntries(ids.map((id, i) => [id, server.calls[i]]));
  return { server, result, ids, byPane };
}

const chatRunsOf = (paneId: string) =>
  Object.values(store.getState().runs).filter((r) => isChatRun(r) && r.scope === paneId);

describe('which runs end', () => {
  it('Stop on one pane aborts that pane only', async () => {
    const { ids, byPane, result } = await threePanesStreaming();
    store.getState().stop(ids[1]);
    await settle();
    expect(ids.map((id) => byPane[id]?.aborted())).toEqual([false, true, false]);
    for (const id of [ids[0], ids[2]]) byPane[id as string]?.close();
    await result.done;
    expect(chatRunsOf(ids[1] as string)[0]?.status).toBe('stopped');
    expect(chatRunsOf(ids[0] as string)[0]?.status).toBe('done');
  });

  it('Remove pane aborts the removed pane and drops its run; refused while another pane streams', async () => {
    const { ids, byPane, result } = await threePanesStreaming();
    store.getState().removePane(2);
    await settle();
    expect(store.getState().panes).toHaveLength(3);
    expect(byPane[ids[2] as string]?.aborted()).toBe(false);
    byPane[ids[0] as string]?.close();
    byPane[ids[1] as string]?.close();
    await vi.waitFor(() => expect(chatRunsOf(ids[1] as string)[0]?.status).toBe('done'));
    store.getState().removePane(2);
    await settle();
    expect(byPane[ids[2] as string]?.aborted()).toBe(true);
    expect(byPane[ids[0] as string]?.aborted()).toBe(false);
    expect(store.getState().panes.map((p) => p.id)).toEqual(ids.slice(0, 2));
    expect(chatRunsOf(ids[2] as string)).toEqual([]);
    expect(chatRunsOf(ids[0] as string)).toHaveLength(1);
    await result.done;
  });

  it('Leave compare aborts every pane and keeps pane 1 as the single view', async () => {
    const { ids, byPane, result } = await threePanesStreaming();
    store.getState().leaveCompare();
    await result.done;
    expect(ids.map((id) => byPane[id]?.aborted())).toEqual([true, true, true]);
    expect(store.getState().compare).toBe(false);
    expect(store.getState().panes.map((p) => p.id)).toEqual([ids[0]]);
    expect(Object.values(store.getState().runs)).toEqual([]);
  });

  it('a new Submit while answers stream aborts nothing and changes nothing', async () => {
    const { byPane, ids, result } = await threePanesStreaming();
    const runs = store.getState().runs;
    store.getState().setDraft('Again');
    expect(store.getState().submit()).toMatchObject({ ok: false });
    await settle();
    expect(ids.map((id) => byPane[id]?.aborted())).toEqual([false, false, false]);
    expect(store.getState().runs).toBe(runs);
    store.getState().stop();
    await result.done;
  });

  it("a new Regenerate replaces that pane's finished run and keeps the other panes' runs", async () => {
    const { ids, byPane, result } = await threePanesStreaming();
    for (const id of ids) byPane[id]?.close();
    await result.done;
    const before = store.getState().runs;
    const again = store.getState().regenerate(1);
    if (!again.ok) throw new Error(again.reason);
    const after = store.getState().runs;
    expect(chatRunsOf(ids[1] as string)).toHaveLength(1);
    expect(chatRunsOf(ids[1] as string)[0]?.status).toBe('running');
    for (const id of [ids[0], ids[2]]) {
      const old = Object.values(before).find((r) => r.scope === id);
      expect(Object.values(after).find((r) => r.scope === id)).toBe(old);
    }
    store.getState().stop();
    await again.done;
  });

  it('unmounting the owner aborts the runs it names, not others', async () => {
    const { ids, byPane, result } = await threePanesStreaming();
    const { unmount } = renderHook(() => useAbortRunsOnUnmount((run) => run.scope === ids[0]));
    act(() => unmount());
    await settle();
    expect(ids.map((id) => byPane[id]?.aborted())).toEqual([true, false, false]);
    store.getState().stop();
    await result.done;
  });

  it('Stop on Run all aborts the dataset rows only, and the chat Stop leaves them running', async () => {
    const server = fakeChatServer();
    store.setState({ draft: 'Name a landmark in {{city}}' });
    store.getState().setDatasetText('city\nParis\nRome');
    store.getState().setConcurrency(2);
    const run = await store.getState().runDataset();
    if (!run.ok) throw new Error(run.reason);
    await vi.waitFor(() => expect(server.calls).toHaveLength(2));
    store.getState().stop();
    await settle();
    expect(server.calls.map((c) => c.aborted())).toEqual([false, false]);
    store.getState().stopDataset();
    await run.done;
    expect(server.calls.map((c) => c.aborted())).toEqual([true, true]);
    const rows = Object.values(store.getState().runs).filter((r) => r.kind === 'dataset-row');
    expect(rows.map((r) => r.status)).toEqual(['stopped', 'stopped']);
    expect(store.getState().dataset.progress?.running).toBe(false);
  });

  it('a chat Submit during Run all aborts no row', async () => {
    const server = fakeChatServer();
    store.setState({ draft: 'Name a landmark in {{city}}' });
    store.getState().setDatasetText('city\nParis');
    const run = await store.getState().runDataset();
    if (!run.ok) throw new Error(run.reason);
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    store.getState().setVariables({ city: 'Rome' });
    const chat = store.getState().submit();
    if (!chat.ok) throw new Error(chat.reason);
    await vi.waitFor(() => expect(server.calls).toHaveLength(2));
    store.getState().stop();
    await chat.done;
    expect(server.calls.map((c) => c.aborted())).toEqual([false, true]);
    store.getState().stopDataset();
    await run.done;
  });
});
