/**
 * Offline Groq API simulator: speaks Groq's OpenAI-compatible API (chat completions incl. streaming,
 * tools, JSON mode, vision limits, Llama Guard; audio transcriptions/translations; models) with
 * deterministic answers and `[sim:...]` fault triggers. See docs/simulator.md.
 */
export { GUARD_TRIGGERS, type GuardTrigger, guardVerdict } from './guard';
export type { MultipartLogBody, SimulatorRequestLog } from './log';
export { DEFAULT_API_KEY, defaultOptions, resolveOptions, type SimulatorOptions } from './options';
export { type SimulatorServer, type SimulatorServerOptions, startSimulatorServer } from './server';
export { createSimulator, type Simulator } from './simulator';
export { parseTriggers, stripTriggers, TRIGGER_PATTERN, type Triggers } from './triggers';
