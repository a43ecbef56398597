import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The attack suite: real `next start` processes (build first) and redis-server, attacked over HTTP.
 * One file at a time — each starts its own servers on free ports.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/security/attack/**/*.attack.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
