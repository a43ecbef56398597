import { afterAll } from 'vitest';

// The store loads History's code on demand when an answer ends (saveHistory). A test file that
// submits must not be torn down while that import is still in flight: wait for the same module.
afterAll(async () => {
  await Promise.all([import('@/lib/store/history-draft'), import('@/lib/store/prompt-draft')]);
});
