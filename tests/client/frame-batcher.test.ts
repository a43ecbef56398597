// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameBatcher } from '@/lib/client/frame-batcher';

let frames: Array<() => void> = [];

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => {
    frames[handle - 1] = () => {};
  });
});
afterEach(() => vi.unstubAllGlobals());

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
  });
});
