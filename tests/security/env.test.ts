import { describe, expect, it } from 'vitest';
import { parseAppEnv } from '@/lib/env';

describe('the configuration', () => {
  it('parses defaults, and empty values count as unset', () => {
    const env = parseAppEnv({ GROQ_API_KEY: '', MAX_BODY_BYTES: ' ' });
    expect(env.GROQ_API_KEY).toBeUndefined();
    expect(env.MAX_BODY_BYTES).toBe(4_400_000);
    expect(env.TRUSTED_PROXIES).toEqual({ kind: 'none' });
    expect(env.SIMULATOR_ERA).toBe('today');
    expect(env.GUARD_MODEL).toBeUndefined();
  });

  it.each([
    ['GROQ_MAX_RETRIES', 'two'],
    ['GROQ_MAX_RETRIES', '9'],
    ['RATE_LIMIT_REQUESTS_PER_MINUTE', '-1'],
    ['TRUSTED_PROXIES', 'everyone'],
    ['TRUSTED_PROXIES', '10.0.0.0/33'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['PUBLIC_URL', 'play.example'],
    ['SIMULATOR_ERA', '2023'],
    ['SIMULATOR_TPS', 'fast'],
    ['ALLOWED_ORIGINS', 'not a url'],
  ])('a bad %s (%s) stops startup with a message naming it', (name, value) => {
    expect(() => parseAppEnv({ [name]: value })).toThrow(new RegExp(`Invalid configuration: ${name}`));
  });

  it('needs SESSION_SECRET (32+ characters) when an access code is set', () => {
    expect(() => parseAppEnv({ PLAYGROUND_ACCESS_CODE: 'x' })).toThrow(/SESSION_SECRET: is required/);
    expect(() => parseAppEnv({ PLAYGROUND_ACCESS_CODE: 'x', SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET/,
    );
    expect(
      parseAppEnv({ PLAYGROUND_ACCESS_CODE: 'x', SESSION_SECRET: 'k'.repeat(32) }).SESSION_SECRET,
    ).toHaveLength(32);
  });

  it('reads TRUSTED_PROXIES as none, hops, CIDRs or a platform', () => {
    expect(parseAppEnv({ TRUSTED_PROXIES: '2' }).TRUSTED_PROXIES).toEqual({ kind: 'hops', hops: 2 });
    expect(parseAppEnv({ TRUSTED_PROXIES: 'Vercel' }).TRUSTED_PROXIES).toEqual({ kind: 'vercel' });
    expect(parseAppEnv({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).TRUSTED_PROXIES).toEqual({
      kind: 'cidrs',
      cidrs: ['10.0.0.0/8', '::1'],
    });
    expect(parseAppEnv({ REDIS_URL: 'rediss://default:pw@eu1.upstash.io:6379' }).REDIS_URL).toContain(
      'rediss://',
    );
  });
});

describe('the documentation', () => {
  it('names every setting in .env.example and the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const { envSchema } = await import('@/lib/env/schema');
    const example = await readFile('.env.example', 'utf8');
    const readme = await readFile('README.md', 'utf8');
    for (const name of Object.keys(envSchema.shape)) {
      expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
      expect(readme, name).toContain(`\`${name}\``);
    }
  });
});
