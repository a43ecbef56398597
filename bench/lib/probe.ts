/**
 * Page-side instrumentation, injected with `page.addInitScript` before any app script runs.
 *
 * Written as plain JavaScript strings on purpose: tsx/esbuild may wrap named functions with a
 * `__name` helper that does not exist in the page, so no TypeScript function is ever serialized.
 *
 * - long tasks: a `PerformanceObserver` for `longtask` (≥ 50 ms, with durations);
 * - /api/chat: `window.fetch` is wrapped; the response body is piped through a TransformStream that
 *   timestamps every chunk (`performance.now()`) and the end of the stream, as the page reads it;
 * - DOM: a MutationObserver on the whole document records the time of the last mutation anywhere,
 *   inside the last assistant turn (answer + its stats) and inside its rendered markdown only;
 * - persistence: `Storage.prototype.setItem` and large `JSON.stringify` calls are timed.
 * - keypresses: Event Timing entries (≥ 16 ms, the API's floor) for keyboard and input events, so a
 *   person typing while the answer streams can be timed from key to next paint.
 *
 * Recording starts when `window.__bench.arm()` is called (right before Submit).
 */
export const PROBE_SCRIPT = String.raw`
(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const b = {
    armed: false,
    armedAt: 0,
    longTasks: [],
    chat: null,
    lastMutationAny: 0,
    lastMutationAnswer: 0,
    lastMutationMarkdown: 0,
    answerMutationBatches: 0,
    mutationRecords: 0,
    arm() {
      b.armed = true;
      b.armedAt = now();
      b.longTasks = [];
      b.chat = null;
      b.lastMutationAny = 0;
      b.lastMutationAnswer = 0;
      b.lastMutationMarkdown = 0;
      b.answerMutationBatches = 0;
      b.mutationRecords = 0;
      b.storage = { calls: 0, ms: 0, maxChars: 0 };
      b.stringify = { calls: 0, ms: 0, maxChars: 0 };
      b.keyEvents = [];
      return b.armedAt;
    },
  };
  window.__bench = b;
  b.storage = { calls: 0, ms: 0, maxChars: 0 };
  b.stringify = { calls: 0, ms: 0, maxChars: 0 };

  // What persisting the conversation costs: localStorage writes and large JSON.stringify calls
  // (≥ 10,000 chars of output), timed while armed.
  const originalSetItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function benchSetItem(key, value) {
    if (!b.armed) return originalSetItem.call(this, key, value);
    // Experiment (--experiment=skip-storage): drop the conversation writes while streaming.
    if (b.skipStorage && key === 'groq-playground:conversation') {
      b.storage.skipped = (b.storage.skipped || 0) + 1;
      return undefined;
    }
    const t = now();
    try {
      return originalSetItem.call(this, key, value);
    } finally {
      b.storage.calls += 1;
      b.storage.ms += now() - t;
      b.storage.maxChars = Math.max(b.storage.maxChars, String(value).length);
    }
  };
  const originalStringify = JSON.stringify;
  JSON.stringify = function benchStringify(value, replacer, space) {
    if (!b.armed) return originalStringify(value, replacer, space);
    const t = now();
    const out = originalStringify(value, replacer, space);
    if (typeof out === 'string' && out.length >= 10000) {
      b.stringify.calls += 1;
      b.stringify.ms += now() - t;
      b.stringify.maxChars = Math.max(b.stringify.maxChars, out.length);
    }
    return out;
  };

  try {
    new PerformanceObserver((list) => {
      if (!b.armed) return;
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'longtask', buffered: false });
    b.longTaskObserver = true;
  } catch (error) {
    b.longTaskObserver = false;
  }

  b.keyEvents = [];
  const KEY_EVENTS = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input'];
  try {
    new PerformanceObserver((list) => {
      if (!b.armed) return;
      for (const e of list.getEntries()) {
        if (KEY_EVENTS.includes(e.name)) b.keyEvents.push({ name: e.name, start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    b.eventTiming = true;
  } catch (error) {
    b.eventTiming = false;
  }

  const ANSWER = 'li[data-role="assistant"]';
  const MARKDOWN = '[data-testid="message-content"]';
  const startObserver = () => {
    new MutationObserver((records) => {
      if (!b.armed) return;
      const t = now();
      b.lastMutationAny = t;
      b.mutationRecords += records.length;
      let inAnswer = false;
      let inMarkdown = false;
      for (const r of records) {
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        if (!el || !el.closest) continue;
        const li = el.closest(ANSWER);
        if (!li) continue;
        inAnswer = true;
        if (el.closest(MARKDOWN)) inMarkdown = true;
        if (inMarkdown) break;
      }
      if (inAnswer) {
        b.lastMutationAnswer = t;
        b.answerMutationBatches += 1;
      }
      if (inMarkdown) b.lastMutationMarkdown = t;
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  startObserver();

  const originalFetch = window.fetch;
  window.fetch = async function benchFetch(input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const isChat = b.armed && /\/api\/chat(?:$|\?)/.test(url);
    const requestAt = now();
    const response = await originalFetch.call(this, input, init);
    if (!isChat || !response.body) return response;
    const rec = {
      url,
      status: response.status,
      requestAt,
      headersAt: now(),
      firstChunkAt: null,
      lastChunkAt: null,
      endAt: null,
      bytes: 0,
      chunks: 0,
      maxGapMs: 0,
    };
    b.chat = rec;
    const body = response.body.pipeThrough(
      new TransformStream({
        transform(chunk, controller) {
          const t = now();
          if (rec.lastChunkAt !== null) rec.maxGapMs = Math.max(rec.maxGapMs, t - rec.lastChunkAt);
          if (rec.firstChunkAt === null) rec.firstChunkAt = t;
          rec.lastChunkAt = t;
          rec.bytes += chunk.byteLength;
          rec.chunks += 1;
          controller.enqueue(chunk);
        },
        flush() {
          rec.endAt = now();
        },
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
})();
`;

/** Returns true once the last answer's statistics say `Status:done` (or another final status). */
export const ANSWER_FINISHED = `(() => {
  const answers = document.querySelectorAll('li[data-role="assistant"]');
  const last = answers[answers.length - 1];
  const stats = last && last.querySelector('dl[aria-label="Answer statistics"]');
  const text = stats ? stats.textContent || '' : '';
  return /Status:(done|error|stopped)/.test(text) ? text : false;
})()`;

/** Milliseconds since the last DOM mutation seen after arming (∞ before any). */
export const QUIET_FOR = `(() => {
  const b = window.__bench;
  const last = Math.max(b.lastMutationAny, b.armedAt);
  return performance.now() - last;
})()`;

/** Everything the page recorded, plus what the finished answer looks like. */
export const COLLECT = String.raw`(() => {
  const b = window.__bench;
  const answers = document.querySelectorAll('li[data-role="assistant"]');
  const last = answers[answers.length - 1] || null;
  const markdown = last ? last.querySelector('[data-testid="message-content"]') : null;
  const stats = last ? last.querySelector('dl[aria-label="Answer statistics"]') : null;
  const statsText = stats ? stats.textContent || '' : '';
  const count = (sel) => (markdown ? markdown.querySelectorAll(sel).length : 0);
  let storedContent = null;
  try {
    const raw = localStorage.getItem('groq-playground:conversation');
    const parsed = raw ? JSON.parse(raw) : null;
    const messages = parsed && parsed.state && parsed.state.messages;
    const lastStored = messages && messages[messages.length - 1];
    storedContent = lastStored && typeof lastStored.content === 'string' ? lastStored.content : null;
  } catch (error) {
    storedContent = null;
  }
  const resources = performance
    .getEntriesByType('resource')
    .filter((e) => /\/api\/chat(?:$|\?)/.test(e.name))
    .map((e) => ({ startTime: e.startTime, responseStart: e.responseStart, responseEnd: e.responseEnd }));
  return {
    now: performance.now(),
    armedAt: b.armedAt,
    longTaskObserver: b.longTaskObserver,
    longTasks: b.longTasks,
    eventTiming: b.eventTiming,
    keyEvents: b.keyEvents,
    chat: b.chat,
    chatResource: resources.length ? resources[resources.length - 1] : null,
    lastMutationAny: b.lastMutationAny,
    lastMutationAnswer: b.lastMutationAnswer,
    lastMutationMarkdown: b.lastMutationMarkdown,
    answerMutationBatches: b.answerMutationBatches,
    mutationRecords: b.mutationRecords,
    storage: b.storage,
    stringify: b.stringify,
    statsText,
    renderedTextChars: markdown ? (markdown.textContent || '').length : 0,
    storedContent,
    domNodesInAnswer: markdown ? markdown.getElementsByTagName('*').length : 0,
    domNodesTotal: document.getElementsByTagName('*').length,
    blocks: {
      h2: count(':scope h2'),
      h3: count(':scope h3'),
      p: count(':scope .markdown > p'),
      ul: count(':scope .markdown > ul'),
      ol: count(':scope .markdown > ol'),
      table: count(':scope table'),
      pre: count(':scope pre'),
      blockquote: count(':scope blockquote'),
    },
  };
})()`;
