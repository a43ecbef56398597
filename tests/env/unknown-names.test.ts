import { describe, expect, it } from 'vitest';
import { NAMES } from '@/lib/env/schema';
import { resembledSetting, unknownSettingWarnings } from '@/lib/env/unknown-names';

describe('environment variables that look like settings but are not', () => {
  it('names the setting a misspelt or mis-prefixed variable was probably meant to be', () => {
    expect(resembledSetting('APP_ACCESS_CODE', NAMES)).toBe('PLAYGROUND_ACCESS_CODE');
    expect(resembledSetting('ACCES_CODE', NAMES)).toBe('PLAYGROUND_ACCESS_CODE');
    expect(resembledSetting('ACCESS_CODE', NAMES)).toBe('PLAYGROUND_ACCESS_CODE');
    expect(resembledSetting('GROQ_APIKEY', NAMES)).toBe('GROQ_API_KEY');
    expect(resembledSetting('groq_api_key', NAMES)).toBe('GROQ_API_KEY');
    expect(resembledSetting('SESION_SECRET', NAMES)).toBe('SESSION_SECRET');
    expect(resembledSetting('ALLOWED_HOST', NAMES)).toBe('ALLOWED_HOSTS');
    expect(resembledSetting('GROQ_MODEL', NAMES)?.startsWith('GROQ_')).toBe(true);
  });

  it("leaves everyday and other software's variables alone", () => {
    const everyday = ['PATH', 'HOME', 'HOSTNAME', 'PORT', 'NODE_ENV', 'TERM', 'LANG', 'PWD', 'SHELL', 'USER'];
    const platform = [
      'VERCEL_ENV',
      'VERCEL_REGION',
      'NEXT_RUNTIME',
      'OPENAI_API_KEY',
      'DATABASE_URL',
      'API_KEY',
    ];
    for (const name of [...everyday, ...platform, ...NAMES])
      expect(resembledSetting(name, NAMES), name).toBeNull();
  });

  it('prints names only, never values, and says when the API is left open', () => {
    const secret = 'hunter2-very-secret';
    const warnings = unknownSettingWarnings(
      { APP_ACCESS_CODE: secret, GROQ_APIKEY: 'gsk_live_x', PATH: '/bin' },
      NAMES,
    );
    expect(warnings).toEqual([
      'APP_ACCESS_CODE is not a setting of this app and is ignored (did you mean PLAYGROUND_ACCESS_CODE?) — no access code is set, so the API is open.',
      'GROQ_APIKEY is not a setting of this app and is ignored (did you mean GROQ_API_KEY?).',
    ]);
    expect(warnings.join('\n')).not.toContain(secret);
    expect(warnings.join('\n')).not.toContain('gsk_live_x');
  });
});
