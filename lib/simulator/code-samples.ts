/** Small, valid code snippets per language for answers and code-fence prefills. */

export type CodeTopic = 'factorial' | 'fibonacci' | 'generic';
export type CodeLanguage = 'python' | 'typescript' | 'javascript' | 'rust' | 'go' | 'java' | 'sql' | 'bash';

const ALIASES: Record<string, CodeLanguage> = {
  python: 'python',
  py: 'python',
  python3: 'python',
  typescript: 'typescript',
  ts: 'typescript',
  tsx: 'typescript',
  javascript: 'javascript',
  js: 'javascript',
  jsx: 'javascript',
  node: 'javascript',
  rust: 'rust',
  rs: 'rust',
  go: 'go',
  golang: 'go',
  java: 'java',
  sql: 'sql',
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
};

/** A known language for a fence tag or a prompt word, or null. */
export function normalizeLanguage(tag: string): CodeLanguage | null {
  return ALIASES[tag.trim().toLowerCase()] ?? null;
}

/** The language a prompt asks for ("in Python", "a TypeScript function"), or null. */
export function languageFromPrompt(prompt: string): CodeLanguage | null {
  const match = /\b(python|typescript|javascript|node\.?js|rust|golang|java|sql|bash|shell)\b/i.exec(prompt);
  if (!match?.[1]) return null;
  return normalizeLanguage(/^node/i.test(match[1]) ? 'node' : match[1]);
}

export function topicFromPrompt(prompt: string): CodeTopic {
  if (/factorial/i.test(prompt)) return 'factorial';
  if (/fibonacci/i.test(prompt)) return 'fibonacci';
  return 'generic';
}

/** The short fence tag used for a language (```ts, ```python …). */
export function fenceTag(lang: CodeLanguage): string {
  return lang === 'typescript' ? 'ts' : lang === 'javascript' ? 'js' : lang;
}

function quoteList(words: readonly string[], quote: string): string {
  return words.map((w) => `${quote}${w.replace(/["'`\\]/g, '')}${quote}`).join(', ');
}

function factorial(lang: CodeLanguage): string {
  switch (lang) {
    case 'python':
      return 'def factorial(n: int) -> int:\n    """Return n! for a non-negative integer n."""\n    if n < 0:\n        raise ValueError("n must be non-negative")\n    result = 1\n    for i in range(2, n + 1):\n        result *= i\n    return result\n\n\nprint(factorial(5))  # 120';
    case 'typescript':
      return "export function factorial(n: number): number {\n  if (n < 0) throw new RangeError('n must be non-negative');\n  let result = 1;\n  for (let i = 2; i <= n; i += 1) result *= i;\n  return result;\n}\n\nconsole.log(factorial(5)); // 120";
    case 'javascript':
      return "function factorial(n) {\n  if (n < 0) throw new RangeError('n must be non-negative');\n  let result = 1;\n  for (let i = 2; i <= n; i += 1) result *= i;\n  return result;\n}\n\nconsole.log(factorial(5)); // 120";
    case 'rust':
      return 'fn factorial(n: u64) -> u64 {\n    (1..=n).product()\n}\n\nfn main() {\n    println!("{}", factorial(5)); // 120\n}';
    case 'go':
      return 'package main\n\nimport "fmt"\n\nfunc factorial(n uint64) uint64 {\n\tresult := uint64(1)\n\tfor i := uint64(2); i <= n; i++ {\n\t\tresult *= i\n\t}\n\treturn result\n}\n\nfunc main() {\n\tfmt.Println(factorial(5)) // 120\n}';
    case 'java':
      return 'public class Factorial {\n    static long factorial(int n) {\n        long result = 1;\n        for (int i = 2; i <= n; i++) result *= i;\n        return result;\n    }\n\n    public static void main(String[] args) {\n        System.out.println(factorial(5)); // 120\n    }\n}';
    case 'sql':
      return 'WITH RECURSIVE f(n, value) AS (\n  SELECT 1, 1\n  UNION ALL\n  SELECT n + 1, value * (n + 1) FROM f WHERE n < 5\n)\nSELECT value AS factorial_of_5 FROM f WHERE n = 5;';
    case 'bash':
      return 'factorial() {\n  local n=$1 result=1\n  for ((i = 2; i <= n; i++)); do result=$((result * i)); done\n  echo "$result"\n}\n\nfactorial 5 # 120';
  }
}

function fibonacci(lang: CodeLanguage): string {
  switch (lang) {
    case 'python':
      return 'def fibonacci(n: int) -> list[int]:\n    """Return the first n Fibonacci numbers."""\n    seq = [0, 1]\n    while len(seq) < n:\n        seq.append(seq[-1] + seq[-2])\n    return seq[:n]\n\n\nprint(fibonacci(10))';
    case 'typescript':
    case 'javascript': {
      const sig = lang === 'typescript' ? 'n: number): number[]' : 'n)';
      return `function fibonacci(${sig} {\n  const seq = [0, 1];\n  while (seq.length < n) seq.push(seq[seq.length - 1] + seq[seq.length - 2]);\n  return seq.slice(0, n);\n}\n\nconsole.log(fibonacci(10));`;
    }
    default:
      return generic(lang, ['fibonacci', 'sequence', 'numbers']);
  }
}

function generic(lang: CodeLanguage, words: readonly string[]): string {
  const w = words.length > 0 ? words.slice(0, 4).map((x) => x.toLowerCase()) : ['example', 'topic'];
  const first = (w[0] ?? 'example').replace(/["'`\\]/g, '');
  switch (lang) {
    case 'python':
      return `TOPICS = [${quoteList(w, '"')}]\n\n\ndef summarize(topic: str) -> str:\n    """Relate one topic to the others."""\n    related = [t for t in TOPICS if t != topic]\n    return f"{topic}: related to {', '.join(related)}"\n\n\nprint(summarize("${first}"))`;
    case 'typescript':
      return `const topics = [${quoteList(w, "'")}];\n\nexport function summarize(topic: string): string {\n  const related = topics.filter((t) => t !== topic);\n  return \`\${topic}: related to \${related.join(', ')}\`;\n}\n\nconsole.log(summarize('${first}'));`;
    case 'javascript':
      return `const topics = [${quoteList(w, "'")}];\n\nfunction summarize(topic) {\n  const related = topics.filter((t) => t !== topic);\n  return \`\${topic}: related to \${related.join(', ')}\`;\n}\n\nconsole.log(summarize('${first}'));`;
    case 'rust':
      return `fn main() {\n    let topics = [${quoteList(w, '"')}];\n    for topic in topics.iter() {\n        println!("{}: {} characters", topic, topic.len());\n    }\n}`;
    case 'go':
      return `package main\n\nimport "fmt"\n\nfunc main() {\n\ttopics := []string{${quoteList(w, '"')}}\n\tfor _, topic := range topics {\n\t\tfmt.Printf("%s: %d characters\\n", topic, len(topic))\n\t}\n}`;
    case 'java':
      return `import java.util.List;\n\npublic class Topics {\n    public static void main(String[] args) {\n        List<String> topics = List.of(${quoteList(w, '"')});\n        topics.forEach(t -> System.out.println(t + ": " + t.length() + " characters"));\n    }\n}`;
    case 'sql':
      return `SELECT topic, LENGTH(topic) AS characters\nFROM (VALUES ${w.map((x) => `('${x.replace(/'/g, '')}')`).join(', ')}) AS t(topic)\nORDER BY characters DESC;`;
    case 'bash':
      return `topics=(${quoteList(w, '"').replace(/, /g, ' ')})\nfor topic in "\${topics[@]}"; do\n  echo "$topic: \${#topic} characters"\ndone`;
  }
}

export function codeSample(lang: CodeLanguage, topic: CodeTopic, words: readonly string[]): string {
  if (topic === 'factorial') return factorial(lang);
  if (topic === 'fibonacci') return fibonacci(lang);
  return generic(lang, words);
}
