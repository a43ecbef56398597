import type { SimulatorRequestLog } from '../../lib/simulator/log';
import { E2E_API_KEY, SIMULATOR_URL, TODAY_SIMULATOR_URL } from '../../playwright.config';

/** What the standalone simulator logged about one upstream request (see lib/simulator/log.ts). */
export type LoggedRequest = SimulatorRequestLog;

/** The simulators accept the app servers' key, and their request logs need it too. */
const headers = { authorization: `Bearer ${E2E_API_KEY}` };

/** The request log of one standalone simulator (the 2024-era one by default). */
export function simulatorAt(url: string) {
  const requests = async (): Promise<LoggedRequest[]> => {
    const response = await fetch(`${url}/_simulator/requests`, { headers });
    if (!response.ok) throw new Error(`the simulator's request log answered ${response.status}`);
    return (await response.json()) as LoggedRequest[];
  };
  return {
    requests,
    clear: async () => {
      await fetch(`${url}/_simulator/requests`, { method: 'DELETE', headers });
    },
    chatRequests: async () => (await requests()).filter((r) => r.path.endsWith('/chat/completions')),
  };
}

const era2024 = simulatorAt(SIMULATOR_URL);
/** The simulator serving today's lineup, behind the `today` project's app server. */
export const todaySimulator = simulatorAt(TODAY_SIMULATOR_URL);

export const simulatorRequests = era2024.requests;
export const clearSimulatorRequests = era2024.clear;
export const chatRequests = era2024.chatRequests;
