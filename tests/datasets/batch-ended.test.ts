import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Batch } from '@/lib/client/batches-api';
import { type RowResult, waitingRow } from '@/lib/datasets/run-all';
import { selectDatasetResults } from '@/lib/store/dataset-slice';
import { usePlaygroundStore } from '@/lib/store/playground-store';

const store = usePlaygroundStore;

const waiting = (key: string): RowResult =>
  waitingRow({ key, values: { city: key }, request: null as unknown as RowResult['request'] });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a batch that ends without result files', () => {
  it('ends the rows this browser was waiting for with the batch status, instead of leaving them waiting', async () => {
    // The server kept no files for a batch cancelled before any row ran; its input file is gone too.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({ error: { message: 'not found', type: 'invalid_request_error' } }, { status: 404 }),
      ),
    );
    store.setState({ dataset: { ...store.getState().dataset, lastBatchId: 'batch_1' } });
    store
      .getState()
      .setDatasetResults([waiting('row-1'), waiting('row-2')], { kind: 'batch', batchId: 'batch_1' });
    const batch = {
      id: 'batch_1',
      status: 'cancelled',
      input_file_id: 'file_in',
      output_file_id: null,
      error_file_id: null,
    } as unknown as Batch;
    await store.getState().loadBatchResults(batch);
    const rows = selectDatasetResults(store.getState());
    expect(rows.map((r) => [r.key, r.values.city, r.status, r.error])).toEqual([
      ['row-1', 'row-1', 'error', 'Not in the output (batch cancelled).'],
      ['row-2', 'row-2', 'error', 'Not in the output (batch cancelled).'],
    ]);
  });
});

describe('a finished batch with a Grader chosen', () => {
  it('grades each result row as Run all rows are graded (Contains: one pass, one fail with its reason)', async () => {
    const output = ['row-1', 'row-2']
      .map((key, n) =>
        JSON.stringify({
          id: `req_${n}`,
          custom_id: key,
          response: {
            status_code: 200,
            body: {
              choices: [
                {
                  index: 0,
                  message: { role: 'assistant', content: n === 0 ? 'The Louvre' : 'The Colosseum' },
                },
              ],
              usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
            },
          },
          error: null,
        }),
      )
      .join('\n');
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.includes('file_out')
          ? new Response(`${output}\n`)
          : Response.json(
              { error: { message: 'not found', type: 'invalid_request_error' } },
              { status: 404 },
            ),
      ),
    );
    const state = store.getState();
    store.setState({
      dataset: { ...state.dataset, lastBatchId: 'batch_2' },
      evaluation: {
        ...state.evaluation,
        grader: { ...state.evaluation.grader, kind: 'contains', expectedColumn: 'city' },
      },
    });
    store.getState().setDatasetResults(
      [waiting('Louvre'), waiting('Eiffel')].map((r, n) => ({ ...r, key: `row-${n + 1}` })),
      {
        kind: 'batch',
        batchId: 'batch_2',
      },
    );
    const batch = {
      id: 'batch_2',
      status: 'completed',
      input_file_id: 'file_in',
      output_file_id: 'file_out',
      error_file_id: null,
    } as unknown as Batch;
    await store.getState().loadBatchResults(batch);
    const rows = selectDatasetResults(store.getState());
    expect(rows.map((r) => [r.key, r.status, r.grade?.status])).toEqual([
      ['row-1', 'done', 'pass'],
      ['row-2', 'done', 'fail'],
    ]);
    expect(rows[1]?.grade?.reason).toMatch(/Eiffel/);
  });
});
