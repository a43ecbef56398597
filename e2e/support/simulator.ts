import { SIMULATOR_URL } from '../../playwright.config';

/** What the standalone simulator logged about one upstream request (see lib/simulator). */
export interface LoggedRequest {
  id: number;
  method: string;
  path: string;
  authorized: boolean;
  authorization: 'missing' | 'bearer';
  body: unknown;
  status: number;
  stream: boolean;
  aborted: boolean;
  completedAt?: number;
  closedAt?: number;
  model?: string;
}

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
