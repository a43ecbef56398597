/**
 * View code for the API the workbench calls. Chat Completions: the existing generators, with MCP
 * header values as `$MCP_<LABEL>_…` placeholders (the request itself holds the real values).
 * Responses: the same request in the Responses shape (`responsesBodyFromChat`, what Submit posts).
 */
import { placeholderMcpHeaders } from '../mcp/redact';
import type { ChatApi } from '../mcp/settings';
import { responsesBodyFromChat } from '../responses/from-chat';
import type { ChatRequest } from '../schema/chat-request';
import { type CodeLanguage, generateCode } from './index';
import { generateResponsesCode } from './responses';

export function generateChatCode(request: ChatRequest, language: CodeLanguage): string {
  return generateCode(placeholderMcpHeaders(request), language);
}

export function generateResponsesFromChat(request: ChatRequest, language: CodeLanguage): string {
  return generateResponsesCode(responsesBodyFromChat(request).body, language);
}

export const codeGeneratorFor = (api: ChatApi) =>
  api === 'responses' ? generateResponsesFromChat : generateChatCode;
