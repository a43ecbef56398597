import { describe, expect, it } from 'vitest';
import { MAX_BATCHES_PER_OWNER, MemoryOwnedIds } from '@/lib/security/owned-ids';

describe('MemoryOwnedIds', () => {
  it("answers only for the owner's own ids", async () => {
    const store = new MemoryOwnedIds();
    await store.addBatch('visitor:a', 'batch_1');
    await store.addFile('visitor:a', 'file_1', { inputTokens: 300 });
    expect(await store.hasBatch('visitor:a', 'batch_1')).toBe(true);
    expect(await store.hasBatch('visitor:b', 'batch_1')).toBe(false);
    expect(await store.file('visitor:a', 'file_1')).toEqual({ inputTokens: 300 });
    expect(await store.file('visitor:b', 'file_1')).toBeNull();
  });

  it('lists newest first and keeps the newest MAX_BATCHES_PER_OWNER', async () => {
    const store = new MemoryOwnedIds();
    for (let i = 0; i < MAX_BATCHES_PER_OWNER + 5; i++) await store.addBatch('o', `batch_${i}`);
    const ids = await store.batches('o');
    expect(ids).toHaveLength(MAX_BATCHES_PER_OWNER);
    expect(ids[0]).toBe(`batch_${MAX_BATCHES_PER_OWNER + 4}`);
    expect(await store.hasBatch('o', 'batch_0')).toBe(false);
  });

  it("never turns an input file's token count into an output file's", async () => {
    const store = new MemoryOwnedIds();
    await store.addFile('o', 'file_1', { inputTokens: 42 });
    await store.addFile('o', 'file_1', { inputTokens: null });
    expect(await store.file('o', 'file_1')).toEqual({ inputTokens: 42 });
  });

  it('stays within its id bound, forgetting the owners seen least recently', async () => {
    const store = new MemoryOwnedIds(50);
    await store.addBatch('kept', 'batch_kept');
    for (let i = 0; i < 100; i++) {
      await store.addBatch(`visitor:${i}`, `batch_${i}`);
      await store.hasBatch('kept', 'batch_kept'); // a visit keeps this owner recent
    }
    expect(store.size).toBeLessThanOrEqual(50);
    expect(await store.hasBatch('kept', 'batch_kept')).toBe(true);
    expect(await store.hasBatch('visitor:0', 'batch_0')).toBe(false);
    expect(await store.hasBatch('visitor:99', 'batch_99')).toBe(true);
  });
});
