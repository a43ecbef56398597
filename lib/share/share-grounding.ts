/**
 * What share links (v4) carry for built-in tools and documents: the switches, the documents and
 * Citations, and per answer the executed tools and annotations, validated like everything else in a
 * link (a link is untrusted input).
 */
import { z } from 'zod';

export const sharedGrounding = z.strictObject({
  browserSearch: z.boolean(),
  codeExecution: z.boolean(),
  documents: z.array(z.strictObject({ id: z.string().max(256), text: z.string().max(500_000) })).max(64),
  citations: z.boolean(),
});

const chart = z.looseObject({
  type: z.string(),
  title: z.string().optional(),
  x_label: z.string().optional(),
  y_label: z.string().optional(),
  elements: z.array(z.looseObject({ label: z.string() })),
});

export const sharedExecutedTool = z.strictObject({
  index: z.int().min(0),
  type: z.string(),
  arguments: z.string(),
  output: z.string().nullable().optional(),
  search_results: z
    .strictObject({
      results: z
        .array(
          z.strictObject({
            title: z.string().optional(),
            url: z.string().optional(),
            content: z.string().optional(),
            score: z.number().optional(),
          }),
        )
        .optional(),
      images: z.array(z.string()).optional(),
    })
    .nullable()
    .optional(),
  code_results: z
    .array(
      z.strictObject({
        text: z.string().optional(),
        png: z.string().optional(),
        chart: chart.optional(),
        charts: z.array(chart).optional(),
      }),
    )
    .optional(),
  browser_results: z
    .array(
      z.strictObject({
        title: z.string(),
        url: z.string(),
        content: z.string().optional(),
        live_view_url: z.string().optional(),
      }),
    )
    .optional(),
  // An MCP call: the server, the tool, and its error.
  server_label: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
  error: z.string().nullable().optional(),
});

/**
 * A remote MCP server in a link: label, URL, allowed tools, description, on/off, and the names of
 * the headers it needs (never their values: the receiver is asked for them).
 */
export const sharedMcpServer = z.strictObject({
  label: z.string().max(64),
  url: z.string().max(2048),
  allowedTools: z.string().max(4096),
  description: z.string().max(4096),
  enabled: z.boolean(),
  headerNames: z.array(z.string().max(256)).max(32).optional(),
});

const span = { start_index: z.int().min(0), end_index: z.int().min(0) };
export const sharedAnnotation = z.strictObject({
  type: z.string(),
  document_citation: z.strictObject({ document_id: z.string(), ...span }).optional(),
  function_citation: z.strictObject({ tool_call_id: z.string(), ...span }).optional(),
});

export type SharedGrounding = z.infer<typeof sharedGrounding>;
export type SharedExecutedTool = z.infer<typeof sharedExecutedTool>;
export type SharedMcpServer = z.infer<typeof sharedMcpServer>;

export const NO_GROUNDING: SharedGrounding = {
  browserSearch: false,
  codeExecution: false,
  documents: [],
  citations: true,
};
