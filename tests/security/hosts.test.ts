import { describe, expect, it } from 'vitest';
import { hostName } from '@/lib/env/host-name';
import { parseSecurityConfig } from '@/lib/security/config';
import { hostAllowed } from '@/lib/security/hosts';

describe('allowed hosts', () => {
  it('reads the host name out of a Host header, refusing what is not one', () => {
    expect(hostName('Play.Example.:8443')).toBe('play.example');
    expect(hostName('[::1]:3000')).toBe('[::1]');
    for (const bad of ['', 'a b', 'evil.example/x', 'user@play.example', 'a.example?x', 'x:port']) {
      expect(hostName(bad)).toBeNull();
    }
  });

  it('answers loopback names and IP literals on any port by default, and nothing else', () => {
    const none = parseSecurityConfig({});
    for (const host of [
      'localhost',
      'localhost:3000',
      '127.0.0.1:8080',
      '[::1]:3000',
      'app.localhost',
      '10.0.0.5:3000',
    ]) {
      expect(hostAllowed(host, none)).toBe(true);
    }
    for (const host of ['rebind.example', 'localhost.evil.example', '127.0.0.1.nip.io', 'example.com:3000']) {
      expect(hostAllowed(host, none)).toBe(false);
    }
    expect(hostAllowed(null, none)).toBe(false);
  });

  it('adds PUBLIC_URL, ALLOWED_ORIGINS and ALLOWED_HOSTS (with *.suffix and *)', () => {
    const config = parseSecurityConfig({
      PUBLIC_URL: 'https://play.example.com',
      ALLOWED_ORIGINS: 'https://tools.example.org',
      ALLOWED_HOSTS: 'internal.lan, *.preview.example.net',
    });
    for (const host of [
      'play.example.com',
      'PLAY.example.com:443',
      'tools.example.org',
      'internal.lan:3000',
    ]) {
      expect(hostAllowed(host, config)).toBe(true);
    }
    expect(hostAllowed('pr-12.preview.example.net', config)).toBe(true);
    expect(hostAllowed('preview.example.net.evil.example', config)).toBe(false);
    expect(hostAllowed('example.com', config)).toBe(false);
    expect(hostAllowed('anything.example', parseSecurityConfig({ ALLOWED_HOSTS: '*' }))).toBe(true);
  });

  it('refuses an ALLOWED_HOSTS entry that is not a host name, naming the variable', () => {
    expect(() => parseSecurityConfig({ ALLOWED_HOSTS: 'https://a.example/path' })).toThrow(/ALLOWED_HOSTS/);
  });
});
