/**
 * Chrome trace analysis for the render benchmark: main-thread tasks of the page's renderer between
 * two `console.timeStamp` markers, a self-time breakdown by trace event, what the long tasks were
 * made of and, when the V8 sampling profiler ran, the hottest JavaScript functions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, when the event has one. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string | number;
  args?: Record<string, unknown>;
}

/** A complete (X, or paired B/E) event on the main thread, with its nesting resolved. */
interface Span {
  name: string;
  ts: number;
  end: number;
  dur: number;
  tdur: number;
  childDur: number;
  depth: number;
  parent: Span | null;
  args?: Record<string, unknown>;
}

export interface TaskSummary {
  startMs: number;
  durationMs: number;
  /** Thread (CPU) time of the task: much less than durationMs means the thread was descheduled. */
  cpuMs: number;
  /** Largest self-time contributors inside the task, e.g. `FunctionCall 31.2`. */
  breakdown: string[];
}

export interface ProfileEntry {
  selfMs: number;
  totalMs: number;
  functionName: string;
  location: string;
  snippet?: string;
}

/** A figure in the first and last 10 % of the stream, in wall time and in thread (CPU) time. */
export interface GrowthFigures {
  first: number | null;
  last: number | null;
  firstCpu: number | null;
  lastCpu: number | null;
}

export interface TraceAnalysis {
  /** True when both markers were found and the window is exact. */
  markersFound: boolean;
  windowMs: number;
  tasks: number;
  taskTotalMs: number;
  /** The same tasks in thread (CPU) time: less sensitive to other processes taking the cores. */
  taskCpuMs: number;
  longestTaskMs: number;
  tasksOver50ms: number;
  /** Tasks whose thread (CPU) time alone exceeds 50 ms: long without help from other processes. */
  tasksOver50msCpu: number;
  longestTaskCpuMs: number;
  tasksOver16ms: number;
  longestTasks: TaskSummary[];
  /** Self time per trace event name (ms), largest first. */
  selfTimeByEvent: Array<{ name: string; ms: number; count: number }>;
  /** Main-thread task time grouped by what started the task (its first child event). */
  taskTimeByKind: Array<{ kind: string; ms: number; count: number; maxMs: number }>;
  /** Inclusive time of outermost FunctionCall events by script. */
  functionCallsByUrl: Array<{ url: string; ms: number; count: number }>;
  animationFrames: number;
  /** Share of the window the main thread spent in tasks. */
  busyPercent: number;
  /** Mean duration of animation-frame tasks in the first and last 10 % of the stream. */
  frameTaskMs: GrowthFigures;
  /** Style + layout + pre-paint + paint + layerize + hit-test time per frame, first and last 10 % of the stream. */
  renderMsPerFrame: GrowthFigures;
  profile?: {
    samples: number;
    topSelf: ProfileEntry[];
    topTotal: ProfileEntry[];
  };
}

const rec = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

function markerName(event: TraceEvent): string | undefined {
  const data = rec(event.args?.data);
  const value = data.message ?? data.name ?? event.args?.message;
  return typeof value === 'string' ? value : undefined;
}

/** Finds a `console.timeStamp(label)` event (name `TimeStamp`). */
export function findMarker(events: readonly TraceEvent[], label: string): TraceEvent | undefined {
  return events.find((e) => e.name === 'TimeStamp' && markerName(e) === label);
}

function buildSpans(events: readonly TraceEvent[], pid: number, tid: number): Span[] {
  const spans: Span[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') {
      spans.push(span(e.name, e.ts, e.dur, e.args, e.tdur));
    } else if (e.ph === 'B') {
      const stack = open.get(e.name) ?? [];
      stack.push(e);
      open.set(e.name, stack);
    } else if (e.ph === 'E') {
      const begin = open.get(e.name)?.pop();
      if (begin) spans.push(span(e.name, begin.ts, e.ts - begin.ts, { ...begin.args, ...e.args }));
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack: Span[] = [];
  for (const s of spans) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= s.ts) stack.pop();
    const parent = stack.at(-1) ?? null;
    if (parent) {
      s.parent = parent;
      s.depth = parent.depth + 1;
      parent.childDur += Math.min(s.dur, parent.end - s.ts);
    }
    stack.push(s);
  }
  return spans;
}

function span(name: string, ts: number, dur: number, args?: Record<string, unknown>, tdur?: number): Span {
  return { name, ts, end: ts + dur, dur, tdur: tdur ?? dur, childDur: 0, depth: 0, parent: null, args };
}

const ms = (us: number) => us / 1000;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

function topEntries<T>(map: Map<string, T>, score: (t: T) => number, limit: number): Array<[string, T]> {
  return [...map.entries()].sort((a, b) => score(b[1]) - score(a[1])).slice(0, limit);
}

function scriptLabel(url: unknown): string {
  if (typeof url !== 'string' || url === '') return '(no url)';
  try {
    const u = new URL(url);
    return u.pathname.replace(/^\/_next\/static\/chunks\//, 'chunks/');
  } catch {
    return url;
  }
}

/**
 * Source text around a profile location, read from the build output (`.next/static/...`), so a
 * minified function can be recognised.
 */
function snippetFor(url: string, line: number, column: number, nextDir: string): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  if (!pathname.startsWith('/_next/static/')) return undefined;
  const file = path.join(nextDir, pathname.slice('/_next/'.length));
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const text = lines[line] ?? '';
  return text
    .slice(Math.max(0, column - 30), column + 90)
    .replace(/\s+/g, ' ')
    .trim();
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

function analyzeProfile(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  t0: number,
  t1: number,
  nextDir: string,
): TraceAnalysis['profile'] {
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (profiles.length === 0) return undefined;
  const ids = new Set(profiles.map((p) => String(p.id)));
  const nodes = new Map<number, ProfileNode>();
  const selfUs = new Map<number, number>();
  let samples = 0;
  for (const profile of profiles) {
    const id = String(profile.id);
    let time = Number(rec(profile.args?.data).startTime ?? 0);
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || String(chunk.id) !== id) continue;
      const data = rec(chunk.args?.data);
      const cpu = rec(data.cpuProfile);
      for (const n of (cpu.nodes as ProfileNode[] | undefined) ?? []) nodes.set(n.id, n);
      const sampleIds = (cpu.samples as number[] | undefined) ?? [];
      const deltas = (data.timeDeltas as number[] | undefined) ?? [];
      for (let i = 0; i < sampleIds.length; i++) {
        const delta = deltas[i] ?? 0;
        time += delta;
        const node = sampleIds[i];
        if (node === undefined || time < t0 || time > t1) continue;
        // Attribute the interval to this sample (deltas are small and uniform at the default rate).
        const next = deltas[i + 1] ?? delta;
        selfUs.set(node, (selfUs.get(node) ?? 0) + next);
        samples += 1;
      }
    }
  }
  if (!ids.size || samples === 0) return { samples: 0, topSelf: [], topTotal: [] };

  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${scriptLabel(n.callFrame.url)}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  const selfBy = new Map<string, { us: number; node: ProfileNode }>();
  const totalBy = new Map<string, { us: number; node: ProfileNode }>();
  for (const [id, us] of selfUs) {
    const node = nodes.get(id);
    if (!node) continue;
    const k = key(node);
    const entry = selfBy.get(k) ?? { us: 0, node };
    entry.us += us;
    selfBy.set(k, entry);
    const seen = new Set<string>();
    for (
      let n: ProfileNode | undefined = node;
      n;
      n = n.parent !== undefined ? nodes.get(n.parent) : undefined
    ) {
      const pk = key(n);
      if (seen.has(pk)) continue;
      seen.add(pk);
      const t = totalBy.get(pk) ?? { us: 0, node: n };
      t.us += us;
      totalBy.set(pk, t);
    }
  }
  const toEntry = ([k, v]: [string, { us: number; node: ProfileNode }]): ProfileEntry => {
    const cf = v.node.callFrame;
    return {
      selfMs: round(ms(selfBy.get(k)?.us ?? 0)),
      totalMs: round(ms(totalBy.get(k)?.us ?? 0)),
      functionName: cf.functionName || '(anonymous)',
      location: `${scriptLabel(cf.url)}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`,
      snippet: cf.url ? snippetFor(cf.url, cf.lineNumber, cf.columnNumber, nextDir) : undefined,
    };
  };
  return {
    samples,
    topSelf: topEntries(selfBy, (v) => v.us, 30).map(toEntry),
    topTotal: topEntries(totalBy, (v) => v.us, 40).map(toEntry),
  };
}

/**
 * Analyses the renderer main thread that emitted `startLabel` between that marker and `endLabel`
 * (both `console.timeStamp`). Without markers, falls back to the busiest `CrRendererMain` thread
 * and the whole trace.
 */
export function analyzeTrace(
  events: readonly TraceEvent[],
  startLabel: string,
  endLabel: string,
  nextDir: string,
  /** The streaming part of the window (first → last byte), in ms after the start marker. */
  stream?: { fromMs: number; toMs: number },
): TraceAnalysis {
  const start = findMarker(events, startLabel);
  const end = findMarker(events, endLabel);
  let pid: number;
  let tid: number;
  if (start) {
    pid = start.pid;
    tid = start.tid;
  } else {
    const mains = events.filter(
      (e) => e.ph === 'M' && e.name === 'thread_name' && rec(e.args).name === 'CrRendererMain',
    );
    const busy = new Map<string, number>();
    for (const e of events) {
      if (e.name !== 'RunTask' || typeof e.dur !== 'number') continue;
      if (!mains.some((m) => m.pid === e.pid && m.tid === e.tid)) continue;
      const k = `${e.pid}:${e.tid}`;
      busy.set(k, (busy.get(k) ?? 0) + e.dur);
    }
    const best = topEntries(busy, (v) => v, 1)[0]?.[0] ?? '0:0';
    [pid, tid] = best.split(':').map(Number) as [number, number];
  }
  const t0 = start?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const t1 = end?.ts ?? Math.max(...events.map((e) => e.ts + (e.dur ?? 0)));
  const spans = buildSpans(events, pid, tid).filter((s) => s.end >= t0 && s.ts <= t1);

  const tasks = spans.filter((s) => s.name === 'RunTask' && s.depth === 0);
  const selfBy = new Map<string, { us: number; count: number }>();
  const fnByUrl = new Map<string, { us: number; count: number }>();
  const kinds = new Map<string, { us: number; count: number; max: number }>();
  let animationFrames = 0;
  for (const s of spans) {
    const self = Math.max(0, s.dur - s.childDur);
    const entry = selfBy.get(s.name) ?? { us: 0, count: 0 };
    entry.us += self;
    entry.count += 1;
    selfBy.set(s.name, entry);
    if (s.name === 'FireAnimationFrame') animationFrames += 1;
    if (s.name === 'FunctionCall') {
      let nested = false;
      for (let p = s.parent; p; p = p.parent) if (p.name === 'FunctionCall') nested = true;
      if (!nested) {
        const url = scriptLabel(rec(s.args?.data).url);
        const e = fnByUrl.get(url) ?? { us: 0, count: 0 };
        e.us += s.dur;
        e.count += 1;
        fnByUrl.set(url, e);
      }
    }
  }
  // What kind of work each task was: the name of its largest direct child.
  const children = new Map<Span, Span[]>();
  for (const s of spans) {
    if (!s.parent) continue;
    const list = children.get(s.parent) ?? [];
    list.push(s);
    children.set(s.parent, list);
  }
  for (const task of tasks) {
    const direct = children.get(task) ?? [];
    const main = direct.sort((a, b) => b.dur - a.dur)[0];
    const kind = main ? main.name : '(idle/other)';
    const k = kinds.get(kind) ?? { us: 0, count: 0, max: 0 };
    k.us += task.dur;
    k.count += 1;
    k.max = Math.max(k.max, task.dur);
    kinds.set(kind, k);
  }
  const summarizeTask = (task: Span): string[] => {
    const inside = new Map<string, number>();
    const visit = (s: Span) => {
      for (const c of children.get(s) ?? []) {
        inside.set(c.name, (inside.get(c.name) ?? 0) + Math.max(0, c.dur - c.childDur));
        visit(c);
      }
    };
    visit(task);
    inside.set('(task self)', Math.max(0, task.dur - task.childDur));
    return topEntries(inside, (v) => v, 6)
      .filter(([, v]) => v >= 500)
      .map(([name, v]) => `${name} ${round(ms(v))}`);
  };
  // Growth over the stream: what a frame costs at the start vs at the end (the answer is longer).
  const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'HitTest']);
  const s0 = stream && start ? t0 + stream.fromMs * 1000 : t0;
  const s1 = stream && start ? t0 + stream.toMs * 1000 : t1;
  const tenth = (s1 - s0) / 10;
  const inFirst = (s: Span) => s.ts >= s0 && s.ts < s0 + tenth;
  const inLast = (s: Span) => s.ts >= s1 - tenth && s.ts < s1;
  const frameTasks = tasks.filter((t) =>
    (children.get(t) ?? []).some((c) => c.name === 'FireAnimationFrame'),
  );
  const meanMs = (list: Span[], cpu: boolean) =>
    list.length ? round(ms(list.reduce((sum, s) => sum + (cpu ? s.tdur : s.dur), 0) / list.length), 2) : null;
  const outermostRender = (s: Span) => {
    if (!RENDER.has(s.name)) return false;
    for (let p = s.parent; p; p = p.parent) if (RENDER.has(p.name)) return false;
    return true;
  };
  const renderPerFrame = (pick: (s: Span) => boolean, cpu: boolean) => {
    const frames = spans.filter((s) => s.name === 'FireAnimationFrame' && pick(s)).length;
    const us = spans
      .filter((s) => outermostRender(s) && pick(s))
      .reduce((sum, s) => sum + (cpu ? s.tdur : s.dur), 0);
    return frames ? round(ms(us / frames), 2) : null;
  };
  const growth = (f: (pick: (s: Span) => boolean, cpu: boolean) => number | null): GrowthFigures => ({
    first: f(inFirst, false),
    last: f(inLast, false),
    firstCpu: f(inFirst, true),
    lastCpu: f(inLast, true),
  });
  const longest = [...tasks].sort((a, b) => b.dur - a.dur);
  return {
    markersFound: Boolean(start && end),
    windowMs: round(ms(t1 - t0)),
    tasks: tasks.length,
    taskTotalMs: round(ms(tasks.reduce((sum, t) => sum + t.dur, 0))),
    taskCpuMs: round(ms(tasks.reduce((sum, t) => sum + t.tdur, 0))),
    longestTaskMs: round(ms(longest[0]?.dur ?? 0)),
    tasksOver50ms: tasks.filter((t) => t.dur > 50_000).length,
    tasksOver50msCpu: tasks.filter((t) => t.tdur > 50_000).length,
    longestTaskCpuMs: round(ms(Math.max(0, ...tasks.map((t) => t.tdur)))),
    tasksOver16ms: tasks.filter((t) => t.dur > 16_700).length,
    longestTasks: longest.slice(0, 5).map((t) => ({
      startMs: round(ms(t.ts - t0)),
      durationMs: round(ms(t.dur)),
      cpuMs: round(ms(t.tdur)),
      breakdown: summarizeTask(t),
    })),
    selfTimeByEvent: topEntries(selfBy, (v) => v.us, 18).map(([name, v]) => ({
      name,
      ms: round(ms(v.us)),
      count: v.count,
    })),
    taskTimeByKind: topEntries(kinds, (v) => v.us, 10).map(([kind, v]) => ({
      kind,
      ms: round(ms(v.us)),
      count: v.count,
      maxMs: round(ms(v.max)),
    })),
    functionCallsByUrl: topEntries(fnByUrl, (v) => v.us, 8).map(([url, v]) => ({
      url,
      ms: round(ms(v.us)),
      count: v.count,
    })),
    animationFrames,
    busyPercent: round((100 * tasks.reduce((sum, t) => sum + t.dur, 0)) / Math.max(1, t1 - t0)),
    frameTaskMs: growth((pick, cpu) => meanMs(frameTasks.filter(pick), cpu)),
    renderMsPerFrame: growth(renderPerFrame),
    profile: analyzeProfile(events, pid, tid, t0, t1, nextDir),
  };
}
