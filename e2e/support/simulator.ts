import type { SimulatorRequestLog } from '../../lib/simulator/log';
import { SIMULATOR_URL } from '../../playwright.config';

/** What the standalone simulator logged about one upstream request (see lib/simulator/log.ts). */
export type LoggedRequest = SimulatorRequestLog;

export async function simulatorRequests(): Promise<LoggedRequest[]> {
  const response = await fetch(`${SIMULATOR_URL}/_simulator/requests`);
  return (await response.json()) as LoggedRequest[];
}

export async function clearSimulatorRequests(): Promise<void> {
  await fetch(`${SIMULATOR_URL}/_simulator/requests`, { method: 'DELETE' });
}

export async function chatRequests(): Promise<LoggedRequest[]> {
  return (await simulatorRequests()).filter((r) => r.path.endsWith('/chat/completions'));
}
