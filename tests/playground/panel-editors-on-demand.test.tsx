// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { McpServers } from '@/components/mcp/mcp-servers';
import { DocumentsPanel } from '@/components/playground/documents-panel';
import { ResponseFormatField } from '@/components/playground/response-format-field';
import { ToolsPanel } from '@/components/playground/tools-panel';
import { EXAMPLE_TOOL } from '@/lib/chat/tools';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { defaultPane } from '@/lib/store/settings-slice';
import { renderWhileModelsLoad } from '../support/render-with-models-pending';

/*
 * The tool, MCP server, document and JSON format editors load on demand (a first visit has none of
 * them): the panels must still add, show and remove them as before, with focus where it was.
 */

/** A lazy part's first import goes through the test transform: allow it more than findBy's 1 s. */
const LOAD = { timeout: 10_000 };

beforeEach(() => {
  usePlaygroundStore.setState(usePlaygroundStore.getInitialState(), true);
  usePlaygroundStore.setState({ panes: [defaultPane('openai/gpt-oss-120b')] });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Tools panel', () => {
  it('shows no editor on a first visit; Add tool adds one and keeps focus on Add tool', async () => {
    renderWhileModelsLoad(<ToolsPanel />);
    expect(screen.queryByRole('group', { name: /^Tool 1/ })).toBeNull();
    const user = userEvent.setup();
    const addTool = screen.getByRole('button', { name: 'Add tool' });
    await user.click(addTool);
    // Named at once, before its fields' code has arrived (e2e stories count the groups after Add).
    expect(screen.getByRole('group', { name: 'Tool 1' })).toBeTruthy();
    const name = await screen.findByRole('textbox', { name: 'Function name' }, LOAD);
    expect(name.closest('fieldset')?.querySelector('legend')?.textContent).toBe('Tool 1');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(addTool);
    expect(usePlaygroundStore.getState().tools).toHaveLength(1);
  });

  it('shows saved tools, and Remove tool hands focus back to Add tool', async () => {
    usePlaygroundStore.setState({ tools: [{ ...EXAMPLE_TOOL, id: 't1' }] });
    renderWhileModelsLoad(<ToolsPanel />);
    const remove = await screen.findByRole('button', { name: 'Remove tool' }, LOAD);
    expect(remove.closest('fieldset')?.querySelector('legend')?.textContent).toBe(
      `Tool 1: ${EXAMPLE_TOOL.name}`,
    );
    expect(screen.getByRole('option', { name: EXAMPLE_TOOL.name })).toBeTruthy();
    const user = userEvent.setup();
    await user.click(remove);
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add tool' })),
    );
    expect(screen.queryByRole('group', { name: /^Tool 1/ })).toBeNull();
  });
});

describe('MCP servers', () => {
  it('Add MCP server opens the new server’s fields; Remove hands focus back to Add', async () => {
    renderWhileModelsLoad(<McpServers />);
    const add = screen.getByRole('button', { name: 'Add MCP server' });
    expect(screen.queryByRole('textbox')).toBeNull();
    const user = userEvent.setup();
    await user.click(add);
    expect(await screen.findByRole('textbox', { name: 'Server URL' }, LOAD)).toBeTruthy();
    expect(document.activeElement).toBe(add);
    await user.type(screen.getByRole('textbox', { name: 'Server label' }), 'weather');
    await user.type(screen.getByRole('textbox', { name: 'Server URL' }), 'https://mcp.example.com/mcp');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('textbox', { name: 'Server URL' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove MCP server weather' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(add));
    expect(usePlaygroundStore.getState().mcpServers).toEqual([]);
  });

  it('lists saved servers closed, with their switch and Edit', async () => {
    const id = usePlaygroundStore
      .getState()
      .addMcpServer({ label: 'docs', url: 'https://mcp.example.com/mcp' });
    renderWhileModelsLoad(<McpServers />);
    expect(await screen.findByRole('switch', { name: 'MCP server docs' }, LOAD)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit MCP server docs' })).toBeTruthy();
    expect(usePlaygroundStore.getState().mcpServers[0]?.id).toBe(id);
  });
});

describe('Documents panel', () => {
  it('Add document adds an editor; Remove hands focus back to Add document', async () => {
    renderWhileModelsLoad(<DocumentsPanel />);
    expect(screen.queryByRole('textbox')).toBeNull();
    const user = userEvent.setup();
    const add = screen.getByRole('button', { name: 'Add document' });
    await user.click(add);
    expect(screen.getByRole('group', { name: 'Document 1' })).toBeTruthy();
    const text = await screen.findByRole('textbox', { name: 'Document 1' }, LOAD);
    expect(document.activeElement).toBe(add);
    await user.type(text, 'Paris has 2.1 million inhabitants.');
    expect(usePlaygroundStore.getState().documents[0]?.text).toBe('Paris has 2.1 million inhabitants.');
    await user.click(screen.getByRole('button', { name: 'Remove Document 1' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(add));
    expect(usePlaygroundStore.getState().documents).toEqual([]);
  });
});

describe('Response Format', () => {
  it('shows the schema editor for JSON Schema and the JSON hint for JSON Object', async () => {
    renderWhileModelsLoad(<ResponseFormatField />);
    const format = screen.getByRole('combobox', { name: 'Response Format' });
    expect(screen.queryByRole('textbox')).toBeNull();
    const user = userEvent.setup();
    await user.selectOptions(format, 'json_schema');
    const schema = await screen.findByRole('textbox', { name: 'JSON Schema' }, LOAD);
    expect(screen.getByRole('switch', { name: 'Strict' })).toBeTruthy();
    await user.clear(schema);
    await user.type(schema, '{{oops');
    expect(schema.getAttribute('aria-invalid')).toBe('true');
    await user.selectOptions(format, 'json_object');
    expect(await screen.findByText(/No message asks for JSON yet/, {}, LOAD)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'JSON Schema' })).toBeNull();
    act(() => usePlaygroundStore.setState({ system: 'Respond in JSON.' }));
    expect(screen.queryByText(/No message asks for JSON yet/)).toBeNull();
  });
});
