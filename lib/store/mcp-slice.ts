/**
 * Remote MCP servers and the API choice. A server's label, URL, allowed tools, description and
 * on/off are saved and shared like the other tools; its header text is a secret of the user's own
 * service and lives in `mcpHeaders`, in memory only: never saved, shared or kept in History.
 */
import type { StateCreator } from 'zustand';
import type { ChatApi, McpServerSetting } from '../mcp/settings';
import type { PlaygroundState } from './playground-types';

export type McpServerPatch = Partial<Omit<McpServerSetting, 'id'>>;

export interface McpSlice {
  mcpServers: McpServerSetting[];
  /** Header text (`Name: value` lines) per server id. Not persisted. */
  mcpHeaders: Record<string, string>;
  chatApi: ChatApi;
  /** Adds an empty server (on) and answers its id. */
  addMcpServer: (patch?: McpServerPatch) => string;
  updateMcpServer: (id: string, patch: McpServerPatch) => void;
  setMcpHeaders: (id: string, text: string) => void;
  removeMcpServer: (id: string) => void;
  /** Turns off the server with this label (the 424 card's "Turn off <label>"). */
  turnOffMcpServer: (label: string) => void;
  setChatApi: (api: ChatApi) => void;
}

let counter = 0;
const newServerId = () => {
  counter += 1;
  return `mcp${Date.now().toString(36)}${counter.toString(36)}`;
};

export const INITIAL_MCP: Pick<McpSlice, 'mcpServers' | 'mcpHeaders' | 'chatApi'> = {
  mcpServers: [],
  mcpHeaders: {},
  chatApi: 'chat',
};

export const createMcpSlice: StateCreator<PlaygroundState, [], [], McpSlice> = (set) => ({
  ...INITIAL_MCP,
  addMcpServer: (patch = {}) => {
    const id = newServerId();
    const server: McpServerSetting = {
      id,
      enabled: true,
      label: '',
      url: '',
      allowedTools: '',
      description: '',
      ...patch,
    };
    set((s) => ({ mcpServers: [...s.mcpServers, server] }));
    return id;
  },
  updateMcpServer: (id, patch) =>
    set((s) => ({
      mcpServers: s.mcpServers.map((server) => (server.id === id ? { ...server, ...patch } : server)),
    })),
  setMcpHeaders: (id, text) => set((s) => ({ mcpHeaders: { ...s.mcpHeaders, [id]: text } })),
  removeMcpServer: (id) =>
    set((s) => {
      const { [id]: _removed, ...mcpHeaders } = s.mcpHeaders;
      return { mcpServers: s.mcpServers.filter((server) => server.id !== id), mcpHeaders };
    }),
  turnOffMcpServer: (label) =>
    set((s) => ({
      mcpServers: s.mcpServers.map((server) =>
        server.label.trim() === label ? { ...server, enabled: false } : server,
      ),
    })),
  setChatApi: (chatApi) => set({ chatApi }),
});
