/**
 * "View code" for the Responses API: the exact body sent to `POST /openai/v1/responses`, as curl,
 * Python and JavaScript with the `openai` SDK pointed at Groq's base URL (groq-sdk has no
 * `responses` resource), and JSON. MCP header values never appear: each becomes an environment
 * variable (`$MCP_<LABEL>_TOKEN`), read by the shell, `os.environ` or `process.env`.
 */
import { headerEnvName, placeholderMcpHeaders } from '../mcp/redact';
import { isMcpTool } from '../mcp/tool-fields';
import type { ResponsesRequest } from '../schema/responses-request';
import { shellQuote } from './curl';
import type { CodeLanguage } from './index';
import { javascriptString } from './javascript';
import { jsonEntries, type LiteralSyntax, renderLiteral } from './literal';
import { pythonString } from './python';

export const GROQ_OPENAI_BASE_URL = 'https://api.groq.com/openai/v1';
export const GROQ_RESPONSES_URL = `${GROQ_OPENAI_BASE_URL}/responses`;

/** A placeholder string (`Bearer $MCP_X_TOKEN`) → its scheme prefix and variable name. */
type Placeholders = Map<string, { prefix: string; variable: string }>;

function placeholders(body: ResponsesRequest): Placeholders {
  const map: Placeholders = new Map();
  for (const tool of body.tools ?? []) {
    if (!isMcpTool(tool)) continue;
    for (const [name, value] of Object.entries(tool.headers ?? {})) {
      const variable = headerEnvName(tool.server_label, name);
      const prefix = /^(Bearer|Basic|Token)\s+\S/i.exec(value)?.[1];
      map.set(prefix ? `${prefix} $${variable}` : `$${variable}`, {
        prefix: prefix ? `${prefix} ` : '',
        variable,
      });
    }
  }
  return map;
}

/** The body exactly as sent, with MCP header values as `$MCP_…` placeholders. */
export function responsesCodeBody(body: ResponsesRequest): ResponsesRequest {
  return placeholderMcpHeaders(body);
}

export function generateResponsesJson(body: ResponsesRequest): string {
  return JSON.stringify(responsesCodeBody(body), null, 2);
}

export function generateResponsesCurl(body: ResponsesRequest): string {
  let quoted = shellQuote(JSON.stringify(responsesCodeBody(body), null, 2));
  // Close the single quotes around each variable so the shell fills it in from the environment.
  for (const { variable } of placeholders(body).values()) {
    quoted = quoted.replaceAll(`$${variable}`, `'"$${variable}"'`);
  }
  return [
    `curl ${GROQ_RESPONSES_URL} -s${body.stream ? ' -N' : ''} \\`,
    '  -H "Content-Type: application/json" \\',
    '  -H "Authorization: Bearer $GROQ_API_KEY" \\',
    `  -d ${quoted}`,
  ].join('\n');
}

function syntax(
  base: LiteralSyntax,
  env: Placeholders,
  read: (prefix: string, variable: string) => string,
): LiteralSyntax {
  return {
    ...base,
    string: (value) => {
      const found = env.get(value);
      return found ? read(found.prefix, found.variable) : base.string(value);
    },
  };
}

const PYTHON: LiteralSyntax = {
  indent: '    ',
  null: 'None',
  true: 'True',
  false: 'False',
  string: pythonString,
  key: (key) => `${pythonString(key)}: `,
};

const JAVASCRIPT: LiteralSyntax = {
  indent: '  ',
  null: 'null',
  true: 'true',
  false: 'false',
  string: javascriptString,
  key: (key) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${key}: ` : `${javascriptString(key)}: `),
};

export function generateResponsesPython(body: ResponsesRequest): string {
  const env = placeholders(body);
  const literal = syntax(PYTHON, env, (prefix, variable) =>
    prefix
      ? `${pythonString(prefix)} + os.environ[${pythonString(variable)}]`
      : `os.environ[${pythonString(variable)}]`,
  );
  const args = jsonEntries(responsesCodeBody(body)).map(
    ([key, value]) => `    ${key}=${renderLiteral(value, literal, 1)},`,
  );
  const output = body.stream
    ? [
        'for event in response:',
        '    if event.type == "response.output_text.delta":',
        '        print(event.delta, end="", flush=True)',
        'print()',
      ]
    : ['print(response.output_text)'];
  return [
    'import os',
    '',
    'from openai import OpenAI',
    '',
    'client = OpenAI(',
    `    base_url=${pythonString(GROQ_OPENAI_BASE_URL)},`,
    '    api_key=os.environ["GROQ_API_KEY"],',
    ')',
    '',
    'response = client.responses.create(',
    ...args,
    ')',
    '',
    ...output,
    '',
  ].join('\n');
}

export function generateResponsesJavaScript(body: ResponsesRequest): string {
  const env = placeholders(body);
  const literal = syntax(JAVASCRIPT, env, (prefix, variable) =>
    prefix ? `\`${prefix}\${process.env.${variable}}\`` : `process.env.${variable}`,
  );
  const object = renderLiteral(Object.fromEntries(jsonEntries(responsesCodeBody(body))), literal, 0);
  const output = body.stream
    ? [
        'for await (const event of response) {',
        '  if (event.type === "response.output_text.delta") process.stdout.write(event.delta);',
        '}',
      ]
    : ['console.log(response.output_text);'];
  return [
    'import OpenAI from "openai";',
    '',
    'const client = new OpenAI({',
    '  apiKey: process.env.GROQ_API_KEY,',
    `  baseURL: ${javascriptString(GROQ_OPENAI_BASE_URL)},`,
    '});',
    '',
    `const response = await client.responses.create(${object});`,
    '',
    ...output,
    '',
  ].join('\n');
}

export function generateResponsesCode(body: ResponsesRequest, language: CodeLanguage): string {
  switch (language) {
    case 'curl':
      return generateResponsesCurl(body);
    case 'python':
      return generateResponsesPython(body);
    case 'javascript':
      return generateResponsesJavaScript(body);
    case 'json':
      return generateResponsesJson(body);
  }
}
