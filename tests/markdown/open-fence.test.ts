import { describe, expect, it } from 'vitest';
import { endsInOpenFence } from '@/lib/markdown/open-fence';

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
