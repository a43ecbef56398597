/**
 * `npm run models:check`: compares Groq's live `GET /models` (with your GROQ_API_KEY, at GROQ_BASE_URL
 * when set) with the capability table and prints the drift. Exits 1 when there is any, so it can run
 * on a schedule.
 */
import Groq from 'groq-sdk';
import { formatDrift, modelDrift } from '../lib/models/drift';
import type { LiveModel } from '../lib/models/model-info';

async function main(): Promise<void> {
  const apiKey = process.env.GROQ_API_KEY;
  if (!apiKey) {
    console.error('models:check needs GROQ_API_KEY (a real key reads Groq’s live model list).');
    process.exit(2);
  }
  const baseURL = process.env.GROQ_BASE_URL?.replace(/\/openai\/v1\/?$/, '') || undefined;
  const client = new Groq({ apiKey, baseURL });
  const page = await client.models.list();
  const live = page.data as unknown as LiveModel[];
  const drift = modelDrift(live);
  console.log(`Groq lists ${live.length} models${baseURL ? ` at ${baseURL}` : ''}.\n`);
  console.log(formatDrift(drift));
  const total =
    drift.unknown.length + drift.missing.length + drift.liveButRetired.length + drift.changedLimits.length;
  process.exit(total > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
