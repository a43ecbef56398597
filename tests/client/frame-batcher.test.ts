// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Batcher from '@/lib/client/frame-batcher';

let frames: Array<() => void> = [];
let createFrameBatcher: typeof Batcher.createFrameBatcher;
let MIN_GAP_MS: number;

beforeEach(async () => {
  // The batcher remembers when it last ran: each test starts from a fresh module.
  vi.resetModules();
  ({ createFrameBatcher, MIN_GAP_MS } = await import('@/lib/client/frame-batcher'));
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => {
    frames[handle - 1] = () => {};
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const runFrames = () => {
  const now = frames;
  frames = [];
  for (const fn of now) fn();
};

describe('createFrameBatcher', () => {
  it('joins the pieces pushed within a frame into one update', () => {
    const applied: string[] = [];
    const batcher = createFrameBatcher((text) => applied.push(text));
    batcher.push('Hel');
    batcher.push('lo');
    expect(applied).toEqual([]);
    runFrames();
    expect(applied).toEqual(['Hello']);
  });

  it('asks for one animation frame for every batcher with pending text (Compare panes flush together)', () => {
    const applied: string[] = [];
    const panes = [1, 2, 3].map((n) => createFrameBatcher((text) => applied.push(`${n}:${text}`)));
    for (const pane of panes) pane.push('a');
    panes[0]?.push('b');
    expect(frames).toHaveLength(1);
    runFrames();
    expect(applied).toEqual(['1:ab', '2:a', '3:a']);
  });

  it('flush applies at once and leaves nothing for the frame; cancel drops the pending text', () => {
    const applied: string[] = [];
    const first = createFrameBatcher((text) => applied.push(`1:${text}`));
    const second = createFrameBatcher((text) => applied.push(`2:${text}`));
    first.push('x');
    second.push('y');
    first.flush();
    second.cancel();
    expect(applied).toEqual(['1:x']);
    runFrames();
    expect(applied).toEqual(['1:x']);
    first.push('z');
    runFrames();
    expect(applied).toEqual(['1:x', '1:z']);
    first.push('w');
    second.push('v');
    first.cancel();
    second.cancel();
    runFrames();
    expect(applied).toEqual(['1:x', '1:z']);
  });

  it('while text keeps coming, updates are at least MIN_GAP_MS apart (≤ 40 a second)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.advanceTimersByTime(1000);
    const applied: string[] = [];
    const batcher = createFrameBatcher((text) => applied.push(text));
    batcher.push('a');
    runFrames();
    expect(applied).toEqual(['a']);
    // Right after an update, the next one waits for the gap (a timer, not the next frame).
    batcher.push('b');
    batcher.push('c');
    expect(frames).toHaveLength(0);
    vi.advanceTimersByTime(MIN_GAP_MS - 1);
    expect(applied).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(applied).toEqual(['a', 'bc']);
    // After a pause longer than the gap, the next piece goes out on the next frame.
    vi.advanceTimersByTime(MIN_GAP_MS * 4);
    batcher.push('d');
    expect(frames).toHaveLength(1);
    runFrames();
    expect(applied).toEqual(['a', 'bc', 'd']);
  });
});
