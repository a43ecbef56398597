// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadMarkdown } from '@/components/markdown/lazy-markdown';
import { MarkdownMessage } from '@/components/markdown/markdown-message';
import { AnswerBody } from '@/components/playground/answer-body';
import type { ConversationMessage } from '@/lib/store/conversation-slice';

afterEach(cleanup);
// Answers load the markdown pipeline on first use (plain text until then): have it loaded.
beforeAll(() => preloadMarkdown());

const content = 'From the documents: Paris has about 2.1 million inhabitants.\n\nMore text.';
const start = content.indexOf('Paris');
const end = content.indexOf('inhabitants.') + 'inhabitants.'.length;

const message: ConversationMessage = {
  id: 'a',
  role: 'assistant',
  content,
  toolCalls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{}' } }],
  answer: {
    status: 'done',
    model: 'openai/gpt-oss-120b',
    sentAt: 0,
    request: {
      model: 'openai/gpt-oss-120b',
      messages: [{ role: 'user', content: 'How many people live in Paris?' }],
      documents: [
        {
          id: 'paris',
          source: { type: 'text', text: 'Intro. Paris has about 2.1 million inhabitants. End.' },
        },
      ],
    },
    annotations: [
      {
        type: 'document_citation',
        document_citation: { document_id: 'paris', start_index: start, end_index: end },
      },
      {
        type: 'function_citation',
        function_citation: { tool_call_id: 'call_1', start_index: 0, end_index: 4 },
      },
    ],
  },
};

describe('citation markers', () => {
  it('places numbered markers in the answer text, each revealing the cited document passage', () => {
    render(<AnswerBody message={message} />);
    const first = screen.getByRole('button', { name: 'Citation 1' });
    expect(first.getAttribute('aria-expanded')).toBe('false');
    // Each marker sits right after its span, inside the paragraph (citation 2 covers "From").
    expect(first.closest('p')?.textContent).toBe(
      'From2 the documents: Paris has about 2.1 million inhabitants.1',
    );
    fireEvent.click(first);
    expect(first.getAttribute('aria-expanded')).toBe('true');
    const note = screen.getByRole('note', { name: 'Source of citation 1' });
    expect(note.textContent).toContain('Document paris');
    expect(note.querySelector('mark')?.textContent).toBe('Paris has about 2.1 million inhabitants.');
  });

  it('points a function citation at its tool call', () => {
    render(<AnswerBody message={message} />);
    fireEvent.click(screen.getByRole('button', { name: 'Citation 2' }));
    const note = screen.getByRole('note', { name: 'Source of citation 2' });
    expect(note.textContent).toContain('call_1');
    expect(note.querySelector('a')?.getAttribute('href')).toBe('#tool-call-call_1');
    expect(document.getElementById('tool-call-call_1')).not.toBeNull();
  });

  it('leaves #citation links as text in markdown with no citations', () => {
    render(<MarkdownMessage text="See [1](#citation-1) and [x](#elsewhere)." />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
