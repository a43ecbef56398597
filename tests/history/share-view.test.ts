import { describe, expect, it } from 'vitest';
import { appendTurn, branchFrom, fromFlat } from '@/lib/history/branches';
import type { HistoryRecord } from '@/lib/history/record-schema';
import { buildRecord } from '@/lib/history/records';
import { recordShareState } from '@/lib/history/share-view';
import { shareStateV6 } from '@/lib/share/share-schema';
import { answerTurn, chatDraft, settingsFor, userTurn } from './fixtures';

const asStrings = (record: HistoryRecord<Blob | string>) => record as HistoryRecord<string>;

describe('recordShareState', () => {
  it('carries only the visible branch, with answers and their statistics, and validates as a share state', () => {
    const draft = chatDraft('c', 'Be brief.', [['User turn 1', 'original answer']]);
    let tree = branchFrom(draft.threads[0]!, 'c-u0', 'c-u0b', (t) => ({
      ...t,
      content: 'User turn 1, edited',
    }));
    tree = appendTurn(tree, {
      ...answerTurn('c-a0b', 'branch answer'),
      answer: { ...answerTurn('x', '').answer!, costUsd: 0.01 },
    });
    const state = recordShareState(asStrings(buildRecord({ ...draft, threads: [tree] }, undefined, 1)));
    expect(state.system).toBe('Be brief.');
    expect(state.messages.map((m) => m.content)).toEqual(['User turn 1, edited', 'branch answer']);
    expect(JSON.stringify(state)).not.toContain('original answer');
    expect(state.messages[1]?.answer).toMatchObject({
      model: 'llama-3.3-70b-versatile',
      usage: { total_tokens: 15 },
    });
    expect(shareStateV6.safeParse(state).success).toBe(true);
  });

  it('a comparison with Sync chat on gives each pane its own visible conversation', () => {
    const settings = settingsFor('model-a');
    settings.compare = { syncChat: true, panes: [{ model: 'model-b', parameters: settings.parameters }] };
    const pane1 = fromFlat([userTurn('u', 'hi'), answerTurn('a', 'from a', [1, 1], 'model-a')]);
    const pane2 = fromFlat([userTurn('u', 'hi'), answerTurn('b', 'from b', [1, 1], 'model-b')]);
    const record = buildRecord(
      { id: 'cmp', kind: 'compare', system: '', settings, threads: [pane1, pane2] },
      undefined,
      1,
    );
    expect(record.models).toEqual(['model-a', 'model-b']);
    const state = recordShareState(asStrings(record));
    expect(state.messages.at(-1)?.content).toBe('from a');
    expect(state.compare?.panes[0]?.messages?.at(-1)?.content).toBe('from b');
    expect(shareStateV6.safeParse(state).success).toBe(true);
  });
});
