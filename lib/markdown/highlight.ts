/**
 * Syntax highlighting on demand: lowlight's core (highlight.js's engine, no grammar bundled) and a
 * language's grammar are fetched together, each its own chunk, the first time a code block names
 * that language — an answer without code never downloads either. The 37 languages of
 * lowlight's `common` set are known, by name and usual aliases; anything else stays plain text, as
 * with `detect: false` before. Results are cached by language and code, so a block that re-renders
 * or re-mounts does not highlight twice.
 */
import type { LanguageFn } from 'highlight.js';
import type { createLowlight } from 'lowlight';

type Lowlight = ReturnType<typeof createLowlight>;
type Root = ReturnType<Lowlight['highlight']>;
/** A node of a highlighted tree (lowlight emits elements and text only). */
export type HighlightNode = Root['children'][number];
type GrammarModule = { default: LanguageFn };

const LOADERS: Record<string, () => Promise<GrammarModule>> = {
  arduino: () => import('highlight.js/lib/languages/arduino'),
  bash: () => import('highlight.js/lib/languages/bash'),
  c: () => import('highlight.js/lib/languages/c'),
  cpp: () => import('highlight.js/lib/languages/cpp'),
  csharp: () => import('highlight.js/lib/languages/csharp'),
  css: () => import('highlight.js/lib/languages/css'),
  diff: () => import('highlight.js/lib/languages/diff'),
  go: () => import('highlight.js/lib/languages/go'),
  graphql: () => import('highlight.js/lib/languages/graphql'),
  ini: () => import('highlight.js/lib/languages/ini'),
  java: () => import('highlight.js/lib/languages/java'),
  javascript: () => import('highlight.js/lib/languages/javascript'),
  json: () => import('highlight.js/lib/languages/json'),
  kotlin: () => import('highlight.js/lib/languages/kotlin'),
  less: () => import('highlight.js/lib/languages/less'),
  lua: () => import('highlight.js/lib/languages/lua'),
  makefile: () => import('highlight.js/lib/languages/makefile'),
  markdown: () => import('highlight.js/lib/languages/markdown'),
  objectivec: () => import('highlight.js/lib/languages/objectivec'),
  perl: () => import('highlight.js/lib/languages/perl'),
  php: () => import('highlight.js/lib/languages/php'),
  'php-template': () => import('highlight.js/lib/languages/php-template'),
  plaintext: () => import('highlight.js/lib/languages/plaintext'),
  python: () => import('highlight.js/lib/languages/python'),
  'python-repl': () => import('highlight.js/lib/languages/python-repl'),
  r: () => import('highlight.js/lib/languages/r'),
  ruby: () => import('highlight.js/lib/languages/ruby'),
  rust: () => import('highlight.js/lib/languages/rust'),
  scss: () => import('highlight.js/lib/languages/scss'),
  shell: () => import('highlight.js/lib/languages/shell'),
  sql: () => import('highlight.js/lib/languages/sql'),
  swift: () => import('highlight.js/lib/languages/swift'),
  typescript: () => import('highlight.js/lib/languages/typescript'),
  vbnet: () => import('highlight.js/lib/languages/vbnet'),
  wasm: () => import('highlight.js/lib/languages/wasm'),
  xml: () => import('highlight.js/lib/languages/xml'),
  yaml: () => import('highlight.js/lib/languages/yaml'),
};

/** The usual aliases of those grammars (highlight.js declares them inside the grammar itself). */
const ALIASES: Record<string, string> = {
  ino: 'arduino',
  sh: 'bash',
  zsh: 'bash',
  h: 'c',
  cc: 'cpp',
  'c++': 'cpp',
  'h++': 'cpp',
  hpp: 'cpp',
  hh: 'cpp',
  hxx: 'cpp',
  cxx: 'cpp',
  cs: 'csharp',
  'c#': 'csharp',
  patch: 'diff',
  golang: 'go',
  gql: 'graphql',
  toml: 'ini',
  jsp: 'java',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsonc: 'json',
  json5: 'json',
  kt: 'kotlin',
  kts: 'kotlin',
  pluto: 'lua',
  mk: 'makefile',
  mak: 'makefile',
  make: 'makefile',
  md: 'markdown',
  mkdown: 'markdown',
  mkd: 'markdown',
  mm: 'objectivec',
  objc: 'objectivec',
  'obj-c': 'objectivec',
  'obj-c++': 'objectivec',
  'objective-c++': 'objectivec',
  pl: 'perl',
  pm: 'perl',
  text: 'plaintext',
  txt: 'plaintext',
  py: 'python',
  gyp: 'python',
  ipython: 'python',
  pycon: 'python-repl',
  rb: 'ruby',
  gemspec: 'ruby',
  podspec: 'ruby',
  thor: 'ruby',
  irb: 'ruby',
  rs: 'rust',
  console: 'shell',
  shellsession: 'shell',
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  vb: 'vbnet',
  html: 'xml',
  xhtml: 'xml',
  rss: 'xml',
  atom: 'xml',
  xjb: 'xml',
  xsd: 'xml',
  xsl: 'xml',
  plist: 'xml',
  wsf: 'xml',
  svg: 'xml',
  yml: 'yaml',
};

let lowlight: Lowlight | null = null;
let core: Promise<Lowlight> | null = null;
const loadCore = () => {
  core ??= import('./lowlight-core').then((module) => {
    lowlight = module.createLowlight();
    return lowlight;
  });
  core.catch(() => {
    core = null; // offline for a moment: the next code block tries again
  });
  return core;
};
const loading = new Map<string, Promise<boolean>>();
const CACHE_LIMIT = 200;
const cache = new Map<string, Root>();

/** The grammar name for a code block's language, or null when it is not one we highlight. */
export function grammarFor(language: string): string | null {
  const name = language.toLowerCase();
  if (Object.hasOwn(LOADERS, name)) return name;
  return ALIASES[name] ?? null;
}

/** Fetches and registers a grammar once; resolves false when it cannot be loaded. */
export function loadGrammar(grammar: string): Promise<boolean> {
  let pending = loading.get(grammar);
  if (!pending) {
    const load = LOADERS[grammar];
    pending = load
      ? Promise.all([loadCore(), load()]).then(
          ([engine, module]) => {
            engine.register(grammar, module.default);
            return true;
          },
          () => {
            loading.delete(grammar);
            return false;
          },
        )
      : Promise.resolve(false);
    loading.set(grammar, pending);
  }
  return pending;
}

/** The highlighted tree when the grammar is already loaded (else null: load it, then ask again). */
export function highlightNow(grammar: string, code: string): Root | null {
  if (!lowlight?.registered(grammar)) return null;
  const key = `${grammar}\n${code}`;
  let tree = cache.get(key);
  if (!tree) {
    tree = (lowlight as Lowlight).highlight(grammar, code);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, tree);
  }
  return tree;
}
