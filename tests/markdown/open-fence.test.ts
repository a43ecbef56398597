import { describe, expect, it } from 'vitest';
import { endsInOpenFence, readOpenFence } from '@/lib/markdown/open-fence';

describe('endsInOpenFence', () => {
  it('is true until the closing fence arrives', () => {
    expect(endsInOpenFence('```ts\nconst a')).toBe(true);
    expect(endsInOpenFence('```ts\nconst a\n``')).toBe(true);
    expect(endsInOpenFence('```ts\nconst a\n```')).toBe(false);
    expect(endsInOpenFence('~~~~\nx\n~~~\n')).toBe(true);
    expect(endsInOpenFence('~~~~\nx\n~~~~\n')).toBe(false);
  });

  it('finds fences inside list items and ignores text without any', () => {
    expect(endsInOpenFence('- item\n\n  ```py\n  print(1)')).toBe(true);
    expect(endsInOpenFence('- item\n\n  ```py\n  print(1)\n  ```\n')).toBe(false);
    expect(endsInOpenFence('Just a paragraph with `code`.')).toBe(false);
    expect(endsInOpenFence('```not a fence``` inline')).toBe(false);
  });
});

describe('readOpenFence', () => {
  it('reads a growing fenced block as the markdown renderer shows it', () => {
    expect(readOpenFence('```ts\nconst a')).toEqual({ language: 'ts', code: 'const a\n' });
    expect(readOpenFence('```python extra\nx = 1\n\ny = 2\n')).toEqual({
      language: 'python',
      code: 'x = 1\n\ny = 2\n',
    });
    expect(readOpenFence('```')).toEqual({ language: '', code: '' });
    expect(readOpenFence('  ~~~\n  a\n b')).toEqual({ language: '', code: 'a\nb\n' });
  });

  it('leaves closed fences, other blocks and escaped info strings to the parser', () => {
    expect(readOpenFence('```ts\nconst a\n```')).toBeNull();
    expect(readOpenFence('- item\n\n  ```py\n  x')).toBeNull();
    expect(readOpenFence('```c&amp;\nx')).toBeNull();
  });
});
