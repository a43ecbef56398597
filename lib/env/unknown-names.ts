/**
 * Names in the environment that look like one of this app's settings but are not one — a misspelt
 * `PLAYGROUND_ACCESS_CODE` is silently ignored and leaves the API open, so the server says so at
 * startup. Only names are compared and printed, never values.
 */

/** Prefixes other software owns: their variables are never this app's. */
const FOREIGN = /^(VERCEL|NEXT|NODE|NPM|__NEXT|TURBOPACK|AWS|LAMBDA|K_|KUBERNETES|DOCKER)(_|$)/;
/** First words that mark a name as this app's own. */
const OWN_PREFIXES = ['GROQ', 'PLAYGROUND', 'SIMULATOR'];

const squash = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '');

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The known name an unknown one resembles most, or null when it resembles none. */
export function resembledSetting(name: string, known: readonly string[]): string | null {
  if (known.includes(name) || FOREIGN.test(name.toUpperCase())) return null;
  const plain = squash(name);
  let best: { name: string; distance: number } | null = null;
  for (const candidate of known) {
    const target = squash(candidate);
    const limit = target.length >= 8 ? 2 : 1;
    let distance = editDistance(plain, target, limit);
    // The end of a PLAYGROUND_ name with another start, or alone (APP_ACCESS_CODE, ACCES_CODE): the
    // access code is the one a typo leaves wide open. Other ends (API_KEY, TIMEOUT_MS) are too common.
    const tail = candidate.startsWith('PLAYGROUND_') ? squash(candidate.slice('PLAYGROUND_'.length)) : '';
    if (distance > limit && tail !== '' && plain.length >= tail.length - 1) {
      const end = Math.min(editDistance(plain.slice(-tail.length), tail, 1), editDistance(plain, tail, 1));
      if (end <= 1) distance = end + 1;
    }
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  if (best) return best.name;
  const upper = name.toUpperCase();
  const prefix = OWN_PREFIXES.find((own) => upper.startsWith(`${own}_`));
  if (!prefix) return null;
  // GROQ_MODEL, PLAYGROUND_CODE: this app's prefix, an unknown rest. Suggest a name with that prefix.
  return known.find((candidate) => candidate.startsWith(`${prefix}_`)) ?? null;
}

/** One line per unknown name that looks like a setting, naming the setting it may have meant. */
export function unknownSettingWarnings(
  env: Record<string, string | undefined>,
  known: readonly string[],
): string[] {
  const warnings: string[] = [];
  for (const name of Object.keys(env).sort()) {
    const meant = resembledSetting(name, known);
    if (!meant) continue;
    const unset = env[meant] === undefined || env[meant]?.trim() === '';
    const open =
      meant === 'PLAYGROUND_ACCESS_CODE' && unset ? ' — no access code is set, so the API is open' : '';
    warnings.push(`${name} is not a setting of this app and is ignored (did you mean ${meant}?)${open}.`);
  }
  return warnings;
}
