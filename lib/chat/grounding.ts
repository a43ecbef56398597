/**
 * Built-in (server-side) tools and documents as the playground edits them, and how they enter the
 * request: `{type: "browser_search"}` / `{type: "code_interpreter"}` in `tools`, and `documents` with
 * `citation_options`. Which models take them is lib/rules' to say. Pure.
 */
import type { ChatRequest, Tool } from '../schema/chat-request';

export interface DocumentDraft {
  /** Stable key for the editor (not sent). */
  key: string;
  /** The document id Groq cites (`document_id`); blank = not sent. */
  id: string;
  text: string;
}

/** Saved with the settings and carried by share links; untouched by "Reset parameters". */
export interface GroundingSettings {
  browserSearch: boolean;
  codeExecution: boolean;
  documents: DocumentDraft[];
  /** On → `citation_options: "enabled"` (Groq's default), off → `"disabled"`. */
  citations: boolean;
}

export const DEFAULT_GROUNDING: Readonly<GroundingSettings> = {
  browserSearch: false,
  codeExecution: false,
  documents: [],
  citations: true,
};

export const BUILT_IN_TOOLS = [
  { setting: 'browserSearch', type: 'browser_search', label: 'Browser Search' },
  { setting: 'codeExecution', type: 'code_interpreter', label: 'Code Execution' },
] as const;

/** The built-in tools switched on (a model that does not run them gets none: lib/rules). */
export function builtInTools(settings: Partial<GroundingSettings>): Tool[] {
  return BUILT_IN_TOOLS.filter((tool) => settings[tool.setting] === true).map((tool) => ({
    type: tool.type,
  }));
}

/** The suggested id for a new document: doc-<n>, the first n not already taken. */
export function nextDocumentId(documents: readonly DocumentDraft[]): string {
  const taken = new Set(documents.map((doc) => doc.id));
  let n = documents.length + 1;
  while (taken.has(`doc-${n}`)) n += 1;
  return `doc-${n}`;
}

/** Why a document cannot be sent as it is, or null. */
export function documentProblem(doc: DocumentDraft, all: readonly DocumentDraft[]): string | null {
  if (doc.text.trim() === '') return 'This document is empty and is not sent.';
  const id = doc.id.trim();
  if (id !== '' && all.filter((other) => other.id.trim() === id && other.text.trim() !== '').length > 1) {
    return `Another document also has the id ${id}; citations could not tell them apart.`;
  }
  return null;
}

type DocumentFields = Pick<ChatRequest, 'documents' | 'citation_options'>;

/** `documents` (non-empty ones, in order) and `citation_options`, or nothing when there are none. */
export function documentFields(settings: Partial<GroundingSettings>): DocumentFields {
  const documents = (settings.documents ?? []).filter((doc) => doc.text.trim() !== '');
  if (documents.length === 0) return {};
  return {
    documents: documents.map((doc) => ({
      ...(doc.id.trim() ? { id: doc.id.trim() } : {}),
      source: { type: 'text' as const, text: doc.text },
    })),
    citation_options: settings.citations === false ? 'disabled' : 'enabled',
  };
}
