import { describe, expect, it } from 'vitest';
import { checkJsonDepth } from '@/lib/security/body';
import { jsonDepth, MAX_JSON_DEPTH } from '@/lib/security/json-depth';

describe('JSON nesting depth', () => {
  it('counts arrays and objects, not brackets inside strings or escapes', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[{{{\\"[["}')).toBe(1);
    expect(jsonDepth('"plain"')).toBe(0);
  });

  it('refuses 10,000 levels with a 400 that states the limit, without recursing', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const error = checkJsonDepth(deep);
    expect(error?.status).toBe(400);
    expect(error?.message).toContain(String(MAX_JSON_DEPTH));
    expect(checkJsonDepth(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBeNull();
  });
});
