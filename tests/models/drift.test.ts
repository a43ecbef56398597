import { describe, expect, it } from 'vitest';
import { formatDrift, modelDrift } from '@/lib/models/drift';

describe('models:check drift', () => {
  it('names new ids, missing ones, live retired ones and changed limits', () => {
    const drift = modelDrift([
      { id: 'openai/gpt-oss-120b', context_window: 131_072, max_completion_tokens: 32_768 },
      { id: 'openai/gpt-oss-20b', context_window: 131_072, max_completion_tokens: 65_536 },
      { id: 'acme/new-model', context_window: 8_192 },
      { id: 'llama-guard-3-8b', context_window: 8_192 },
      { id: 'whisper-large-v3', context_window: 448 },
    ]);
    expect(drift.unknown).toEqual(['acme/new-model']);
    expect(drift.liveButRetired).toEqual(['llama-guard-3-8b']);
    expect(drift.missing).toContain('qwen/qwen3.8-27b');
    expect(drift.missing).not.toContain('llama-3.1-8b-instant');
    expect(drift.changedLimits).toEqual([
      { id: 'openai/gpt-oss-120b', field: 'max_completion_tokens', table: 65_536, live: 32_768 },
    ]);
    expect(formatDrift(drift)).toContain('openai/gpt-oss-120b max_completion_tokens: 65536 → 32768');
  });
});
