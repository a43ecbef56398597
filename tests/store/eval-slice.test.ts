// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JUDGE_SCHEMA_NAME } from '@/lib/eval/judge';
import { DEFAULT_GRADER_SETTINGS } from '@/lib/eval/settings';
import type { ChatRequest } from '@/lib/schema/chat-request';
import { selectDatasetResults } from '@/lib/store/dataset-slice';
import { selectRepeatRuns } from '@/lib/store/eval-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { defaultPane } from '@/lib/store/settings-slice';
import type { ChatEvent } from '@/lib/stream/events';
import { fakeChatServer } from './fake-chat-server';
import '../support/settle-lazy-store';

const store = usePlaygroundStore;

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  store.setState({ panes: [defaultPane('openai/gpt-oss-120b')] });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const answer = (text: string, usage = { prompt_tokens: 10, completion_tokens: 5 }): ChatEvent[] => [
  { event: 'delta', data: { content: text } },
  { event: 'usage', data: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } },
  { event: 'done', data: { finish_reason: 'stop', id: 'c', system_fingerprint: null, created: 1 } },
];

const isJudge = (r: ChatRequest) => r.response_format?.type === 'json_schema';
const lastUser = (r: ChatRequest) => String(r.messages.at(-1)?.content ?? '');

async function runAll(csv: string) {
  store.setState({ draft: 'Capital of {{item}}?' });
  store.getState().setDatasetText(csv);
  const run = await store.getState().runDataset();
  if (!run.ok) throw new Error(run.reason);
  await run.done;
  return selectDatasetResults(store.getState());
}

describe('grading Run all', () => {
  it('grades each answered row with Contains: one pass, one fail with its reason', async () => {
    fakeChatServer((r) => answer(lastUser(r).includes('France') ? 'It is Paris.' : 'It is Lyon.'));
    store.getState().setGrader({ ...DEFAULT_GRADER_SETTINGS, kind: 'contains' });
    const rows = await runAll('item,expected\nFrance,Paris\nItaly,Rome\n');
    expect(rows.map((r) => r.grade?.status)).toEqual(['pass', 'fail']);
    expect(rows[1]?.grade?.reason).toBe('Contains: the answer does not contain “Rome”.');
  });

  it('with grader None rows stay ungraded', async () => {
    fakeChatServer(() => answer('Paris'));
    const rows = await runAll('item,expected\nFrance,Paris\n');
    expect(rows[0]?.grade).toBeUndefined();
  });

  it('LLM judge: one grading request per row with json_schema strict, carrying answer and expected; its usage kept apart', async () => {
    const server = fakeChatServer((r) =>
      isJudge(r)
        ? answer('{"pass":true,"score":0.9,"reason":"Matches."}', {
            prompt_tokens: 200,
            completion_tokens: 20,
          })
        : answer('The capital is Paris.'),
    );
    store.getState().setGrader({ ...DEFAULT_GRADER_SETTINGS, kind: 'llm-judge' });
    const rows = await runAll('item,expected\nFrance,Paris\n');
    const judge = server.calls.map((c) => c.request).find(isJudge);
    expect(judge?.model).toBe('openai/gpt-oss-120b');
    expect(judge?.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: JUDGE_SCHEMA_NAME, strict: true },
    });
    expect(lastUser(judge as ChatRequest)).toContain('The capital is Paris.');
    expect(lastUser(judge as ChatRequest)).toContain('<expected>\nParis\n</expected>');
    expect(rows[0]?.grade).toMatchObject({ status: 'pass', score: 0.9 });
    expect(rows[0]?.judge).toEqual({ model: 'openai/gpt-oss-120b', promptTokens: 200, completionTokens: 20 });
    expect(rows[0]?.promptTokens).toBe(10);
  });

  it('a judge reply that is not a verdict is the grading error judge_invalid_verdict, not a pass', async () => {
    fakeChatServer((r) => (isJudge(r) ? answer('{"pass":true}') : answer('Paris')));
    store.getState().setGrader({ ...DEFAULT_GRADER_SETTINGS, kind: 'llm-judge' });
    const rows = await runAll('item,expected\nFrance,Paris\n');
    expect(rows[0]?.grade).toMatchObject({ status: 'error', code: 'judge_invalid_verdict' });
  });

  it('Re-run failed sends only the failed rows again, keeps the table order, and grades them anew', async () => {
    let fixed = false;
    const server = fakeChatServer((r) =>
      answer(lastUser(r).includes('Italy') ? (fixed ? 'Rome' : 'Milan') : 'Paris'),
    );
    store.getState().setGrader({ ...DEFAULT_GRADER_SETTINGS, kind: 'exact' });
    await runAll('item,expected\nFrance,Paris\nItaly,Rome\n');
    expect(server.calls).toHaveLength(2);
    fixed = true;
    const rerun = await store.getState().rerunFailedRows();
    if (!rerun.ok) throw new Error(rerun.reason);
    await rerun.done;
    expect(server.calls).toHaveLength(3);
    expect(lastUser(server.calls[2]?.request as ChatRequest)).toBe('Capital of Italy?');
    const rows = selectDatasetResults(store.getState());
    expect(rows.map((r) => [r.key, r.grade?.status])).toEqual([
      ['row-1', 'pass'],
      ['row-2', 'pass'],
    ]);
    expect(await store.getState().rerunFailedRows()).toEqual({ ok: false, reason: 'No row failed.' });
  });

  it('Grade again applies a changed grader to the answers already there, without sending', async () => {
    const server = fakeChatServer(() => answer('PARIS'));
    store.getState().setGrader({ ...DEFAULT_GRADER_SETTINGS, kind: 'exact' });
    await runAll('item,expected\nFrance,Paris\n');
    expect(selectDatasetResults(store.getState())[0]?.grade?.status).toBe('fail');
    store.getState().setGrader({ ...DEFAULT_GRADER_SETTINGS, kind: 'exact', ignoreCase: true });
    await store.getState().gradeDatasetRows();
    expect(selectDatasetResults(store.getState())[0]?.grade?.status).toBe('pass');
    expect(server.calls).toHaveLength(1);
  });
});

describe('No grader', () => {
  it('Grader None drops earlier grades at once: Run all loads no grading code (zod, ajv) as its rows land', async () => {
    fakeChatServer(() => answer('Paris'));
    store.getState().setGrader({ ...DEFAULT_GRADER_SETTINGS, kind: 'exact' });
    await runAll('item,expected\nFrance,Paris\n');
    expect(selectDatasetResults(store.getState())[0]?.grade?.status).toBe('pass');
    store.getState().setGrader(DEFAULT_GRADER_SETTINGS);
    const graded = store.getState().gradeDatasetRows();
    // Synchronously: nothing was imported first.
    expect(selectDatasetResults(store.getState())[0]?.grade).toBeUndefined();
    await graded;
    expect(selectDatasetResults(store.getState())[0]?.answer).toBe('Paris');
  });
});

describe('Runs N times', () => {
  it('Runs 3 sends the same request three times: run 1 into the conversation, runs 2 and 3 beside it', async () => {
    let n = 0;
    const server = fakeChatServer(() => {
      n += 1;
      return answer(n === 2 ? 'Two' : 'One');
    });
    store.getState().setRepeatCount(3);
    store.getState().setDraft('Say a number');
    const result = store.getState().submitRuns();
    if (!result.ok) throw new Error(result.reason);
    await result.done;
    expect(server.calls).toHaveLength(3);
    const bodies = server.calls.map((c) => JSON.stringify(c.request));
    expect(new Set(bodies).size).toBe(1);
    const paneId = store.getState().panes[0]?.id as string;
    const repeats = selectRepeatRuns(store.getState(), paneId);
    expect(repeats.map((r) => r.status)).toEqual(['done', 'done']);
    expect(store.getState().messages.filter((m) => m.role === 'assistant')).toHaveLength(1);
  });

  it('a new Submit with Runs 1 drops the earlier repeats', async () => {
    fakeChatServer(() => answer('x'));
    store.getState().setRepeatCount(2);
    store.getState().setDraft('a');
    const first = store.getState().submitRuns();
    if (!first.ok) throw new Error(first.reason);
    await first.done;
    store.getState().setRepeatCount(1);
    store.getState().setDraft('b');
    const second = store.getState().submitRuns();
    if (!second.ok) throw new Error(second.reason);
    await second.done;
    expect(Object.values(store.getState().runs).filter((r) => r.kind === 'repeat')).toHaveLength(0);
  });

  it('clamps Runs to 1–10', () => {
    store.getState().setRepeatCount(42);
    expect(store.getState().evaluation.repeatCount).toBe(10);
    store.getState().setRepeatCount(0);
    expect(store.getState().evaluation.repeatCount).toBe(1);
  });
});

describe('Stop with Runs', () => {
  it('stops run 1 and runs 2…N together', async () => {
    const server = fakeChatServer();
    store.getState().setRepeatCount(3);
    store.getState().setDraft('Hold on');
    const result = store.getState().submitRuns();
    if (!result.ok) throw new Error(result.reason);
    await vi.waitFor(() => expect(server.calls).toHaveLength(3));
    store.getState().stopRuns();
    await result.done;
    expect(server.calls.map((c) => c.aborted())).toEqual([true, true, true]);
    const paneId = store.getState().panes[0]?.id as string;
    expect(selectRepeatRuns(store.getState(), paneId).map((r) => r.status)).toEqual(['stopped', 'stopped']);
  });
});
