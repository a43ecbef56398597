import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUARD_TRIGGERS } from '../../lib/simulator/index';
import { TRIGGER_NAMES } from '../../lib/simulator/triggers';

const docs = readFileSync(new URL('../../docs/simulator.md', import.meta.url), 'utf8');

describe('docs/simulator.md', () => {
  it('lists every Llama Guard trigger phrase under its category', () => {
    for (const trigger of GUARD_TRIGGERS) {
      const row = docs.split('\n').find((line) => line.split('|')[1]?.trim() === trigger.category);
      expect(row, trigger.category).toBeDefined();
      for (const phrase of trigger.phrases) expect(row).toContain(`\`${phrase}\``);
    }
  });

  it('documents every trigger in the trigger table', () => {
    expect(TRIGGER_NAMES.length).toBeGreaterThan(10);
    for (const name of TRIGGER_NAMES) expect(docs, name).toContain(`[sim:${name}`);
  });
});
