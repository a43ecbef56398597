// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { McpServerFields } from '@/components/mcp/mcp-server-fields';
import type { McpServerInput } from '@/lib/mcp/settings';
import { checkMcpServer } from '@/lib/mcp/validate';

afterEach(cleanup);

const server: McpServerInput = {
  id: 's1',
  enabled: true,
  label: '1weather',
  url: 'http://127.0.0.1:8080/mcp',
  allowedTools: '',
  description: '',
  headers: 'Authorization: Bearer a\nno colon here\nauthorization: Bearer b',
};

function renderFields(input: McpServerInput = server) {
  const { problems } = checkMcpServer(input);
  render(<McpServerFields server={input} problems={problems} onChange={vi.fn()} onHeaders={vi.fn()} />);
  return problems;
}

const description = (box: HTMLElement) =>
  (box.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? `(missing ${id})`)
    .join(' | ');

describe('McpServerFields', () => {
  it('names every field by its visible label', () => {
    renderFields();
    for (const name of ['Server label', 'Server URL', 'Headers', 'Allowed tools', 'Description']) {
      expect(screen.getByRole('textbox', { name })).toBeTruthy();
    }
  });

  it("marks a field with an error invalid and describes it by that field's problems only", () => {
    renderFields();
    const label = screen.getByRole('textbox', { name: 'Server label' });
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(description(label)).toMatch(/^Server label must start with a letter/);
    const allowed = screen.getByRole('textbox', { name: 'Allowed tools' });
    expect(allowed.getAttribute('aria-invalid')).toBeNull();
    expect(allowed.getAttribute('aria-describedby')).toBeNull();
  });

  it('describes a field by a warning without marking it invalid or announcing it', () => {
    const warning = renderFields().find((p) => p.field === 'url');
    expect(warning?.severity).toBe('warning');
    const url = screen.getByRole('textbox', { name: 'Server URL' });
    expect(url.getAttribute('aria-invalid')).toBe('false');
    expect(description(url)).toBe(warning?.message);
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent ?? '');
    expect(alerts.some((a) => a.includes(warning?.message ?? ''))).toBe(false);
  });

  it('describes Headers by every one of its errors and the note on where header values stay', () => {
    const problems = renderFields().filter((p) => p.field === 'headers');
    expect(problems.length).toBeGreaterThanOrEqual(2);
    const headers = screen.getByRole('textbox', { name: 'Headers' });
    expect(headers.getAttribute('aria-invalid')).toBe('true');
    const text = description(headers);
    for (const problem of problems) expect(text).toContain(problem.message.split(': ')[0]);
    expect(text).toMatch(/Header values stay in this tab's memory/);
  });
});
