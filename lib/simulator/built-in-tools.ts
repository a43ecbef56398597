/**
 * Built-in tools as gpt-oss runs them on Groq: `browser_search` finds pages about the prompt,
 * `code_interpreter` runs a short Python script. The simulator reports them the way Groq does, in
 * `executed_tools` (search results with title, url, content and score; code results with the printed
 * text, a small PNG and a chart). Deterministic for a given prompt.
 */
import { barChartPng } from './png';
import { keywords, titleCase } from './text';
import { hashString } from './tokens';

export interface SimSearchResult {
  title: string;
  url: string;
  content: string;
  score: number;
}

export interface SimExecutedTool {
  index: number;
  type: string;
  arguments: string;
  output: string;
  /** MCP calls (`type: "mcp"`): which server and tool ran, and its error if it failed. */
  server_label?: string;
  name?: string;
  error?: string;
  search_results?: { results: SimSearchResult[] };
  code_results?: {
    text?: string;
    png?: string;
    charts?: { type: 'bar'; title: string; x_label: string; elements: { label: string; value: number }[] }[];
  }[];
}

/** Results a hostile page could produce: the UI must render them inert (`[sim:xss]`). */
const HOSTILE_RESULTS: SimSearchResult[] = [
  {
    title: '<img src=x onerror=alert(1)>Click me',
    url: 'javascript:alert(document.cookie)',
    content: '<script>alert("snippet")</script> A page that tries to run script.',
    score: 0.66,
  },
  {
    title: '<b>Bold</b> claims',
    url: 'data:text/html,<script>alert(2)</script>',
    content: 'Another hostile result.',
    score: 0.51,
  },
];

function slug(words: readonly string[]): string {
  return words.map((w) => w.toLowerCase().replace(/[^a-z0-9]+/g, '-')).join('-') || 'topic';
}

export function searchQuery(prompt: string): string {
  const words = keywords(prompt, 6);
  return words.length > 0 ? words.join(' ') : prompt.trim().slice(0, 80) || 'latest news';
}

function searchResults(query: string, seed: number, hostile: boolean): SimSearchResult[] {
  const words = query.split(/\s+/).filter(Boolean);
  const topic = titleCase(words.slice(0, 3)) || 'The Topic';
  const path = slug(words.slice(0, 4));
  const sites = [
    ['en.wikipedia.org', `wiki/${path}`, `${topic} - Wikipedia`],
    ['developer.mozilla.org', `en-US/docs/${path}`, `${topic} explained | MDN`],
    [
      'news.ycombinator.com',
      `item?id=${(seed % 9_000_000) + 1_000_000}`,
      `Ask HN: what changed in ${topic}?`,
    ],
  ] as const;
  const results = sites.map(([host, rest, title], i) => ({
    title,
    url: `https://${host}/${rest}`,
    content: `${topic}: an overview of ${query}, with background, recent changes and links to primary sources (result ${i + 1}).`,
    score: Math.round((0.92 - i * 0.11 - ((seed >>> (i * 3)) % 5) / 100) * 100) / 100,
  }));
  return hostile ? [...HOSTILE_RESULTS, ...results] : results;
}

function codeTool(prompt: string): { code: string; text: string; values: number[]; labels: string[] } {
  const words = keywords(prompt, 5);
  const labels = words.length > 0 ? words : ['a', 'b', 'c'];
  const lengths = labels.map((w) => w.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const code = [
    `words = ${JSON.stringify(labels)}`,
    'lengths = [len(w) for w in words]',
    'print("letters per keyword:", dict(zip(words, lengths)))',
    'print("total:", sum(lengths))',
  ].join('\n');
  const pairs = labels.map((w, i) => `'${w}': ${lengths[i]}`).join(', ');
  const text = `letters per keyword: {${pairs}}\ntotal: ${total}\n`;
  const max = Math.max(...lengths, 1);
  return { code, text, values: lengths.map((n) => n / max), labels };
}

/** The tools a request asked for, as executed on this prompt (index = order of execution). */
export function executeBuiltInTools(
  types: readonly string[],
  prompt: string,
  hostile: boolean,
): SimExecutedTool[] {
  const seed = hashString(prompt);
  const tools: SimExecutedTool[] = [];
  if (types.includes('browser_search')) {
    const query = searchQuery(prompt);
    const results = searchResults(query, seed, hostile);
    tools.push({
      index: tools.length,
      type: 'browser_search',
      arguments: JSON.stringify({ query }),
      output: results.map((r) => `【${r.title}†${r.url}】 ${r.content}`).join('\n'),
      search_results: { results },
    });
  }
  if (types.includes('code_interpreter')) {
    const run = codeTool(prompt);
    tools.push({
      index: tools.length,
      type: 'code_interpreter',
      arguments: JSON.stringify({ code: run.code }),
      output: run.text,
      code_results: [
        {
          text: run.text,
          png: barChartPng(run.values),
          charts: [
            {
              type: 'bar',
              title: 'Letters per keyword',
              x_label: 'keyword',
              elements: run.labels.map((label) => ({ label, value: label.length })),
            },
          ],
        },
      ],
    });
  }
  return tools;
}

/** One sentence per tool for the answer, so the content refers to what was found and run. */
export function toolFindings(tools: readonly SimExecutedTool[]): string {
  const lines = tools.map((tool) => {
    if (tool.search_results) {
      const top = tool.search_results.results.find((r) => r.url.startsWith('https:'));
      return top
        ? `I searched the web; the best match was [${top.title}](${top.url}).`
        : 'I searched the web but found nothing usable.';
    }
    const text = tool.code_results?.[0]?.text?.trim().split('\n').at(-1) ?? '';
    return `I ran a short Python script, which printed \`${text}\`.`;
  });
  return lines.length > 0 ? `${lines.join(' ')}\n\n` : '';
}
