import { describe, expect, it } from 'vitest';
import { remoteImageHosts, remoteImagesQuestion, withoutImages } from '@/lib/share/remote-images';
import type { ShareState } from '@/lib/share/share-schema';

const state = (images: string[][]): ShareState => ({
  v: 6,
  model: 'm',
  system: '',
  messages: images.map((list) => ({ role: 'user' as const, content: 'look', images: list })),
  parameters: {} as ShareState['parameters'],
  tools: [],
  toolChoice: 'auto',
  parallelToolCalls: true,
  grounding: { browserSearch: false, codeExecution: false, documents: [], citations: true },
});

describe('remote images in a share link', () => {
  it('names each host once and asks before loading', () => {
    const s = state([['https://example.com/a.png', 'https://example.com/b.png'], ['http://cdn.test/c.png']]);
    expect(remoteImageHosts(s)).toEqual(['example.com', 'cdn.test']);
    expect(remoteImagesQuestion(['example.com'])).toBe(
      'This link shows images from example.com — load them?',
    );
    expect(remoteImagesQuestion(['a.test', 'b.test', 'c.test', 'd.test'])).toContain(
      'a.test, b.test and 2 more',
    );
  });

  it('can drop every image and keep the text', () => {
    const dropped = withoutImages(state([['https://example.com/a.png']]));
    expect(dropped.messages[0]).toEqual({ role: 'user', content: 'look' });
    expect(remoteImageHosts(dropped)).toEqual([]);
  });
});
