/**
 * The property behind lib/rules: for any model (today's and 2024's lineups, ids only the live list
 * knows, ids nobody knows) and any settings (typed, or arrived through a share link), either Submit is
 * held with a named problem, or our route's validation accepts the body — and the body the route
 * forwards to Groq equals what View code's JSON tab shows. RULES_PROPERTY_RUNS raises the case count
 * (`npm run test:rules-property` runs 100,000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentDraft } from '@/lib/chat/grounding';
import { EXAMPLE_TOOL, type ToolDraft } from '@/lib/chat/tools';
import { generateJson } from '@/lib/codegen';
import { toUpstreamParams } from '@/lib/groq/chat';
import { findCatalogModel } from '@/lib/models/catalog';
import { type ModelInfo, mergeLiveModel } from '@/lib/models/model-info';
import { rulesModel } from '@/lib/rules/model';
import { parseChatRequestForModel } from '@/lib/rules/parse-chat-request';
import { sharedPlayground } from '@/lib/share/apply';
import { snapshotForShare } from '@/lib/share/from-store';
import { decodeShareState, encodeShareState } from '@/lib/share/share-link';
import { eraModels } from '@/lib/simulator/lineups';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import type { PlaygroundState } from '@/lib/store/playground-types';
import { selectPendingRequest } from '@/lib/store/selectors';
import { applyModelRules, DEFAULT_PARAMETERS, type PaneSettings } from '@/lib/store/settings-slice';

const RUNS = Number(process.env.RULES_PROPERTY_RUNS ?? 2500);

type Era = 'today' | '2024';
const chatIds = (era: Era) => eraModels(era).filter((m) => m.kind === 'chat' || m.kind === 'guard');
const UNKNOWN_IDS = [
  'acme/brand-new-model',
  'openai/gpt-oss-999b',
  'qwen/qwen4-32b',
  'meta-llama/llama-5-vision',
];

/** A model as the browser and the route both see it: its id and, when the list has loaded, its entry. */
const modelArb = fc.oneof(
  fc
    .record({ era: fc.constantFrom<Era>('today', '2024'), index: fc.nat(), listed: fc.boolean() })
    .map(({ era, index, listed }) => {
      const models = chatIds(era);
      const model = models[index % models.length] as (typeof models)[number];
      // 2024's /models reported no max_completion_tokens; today's does.
      const live = listed
        ? mergeLiveModel(
            {
              id: model.id,
              context_window: model.contextWindow,
              ...(era === 'today' ? { max_completion_tokens: model.maxCompletionTokens } : {}),
            },
            true,
          )
        : undefined;
      return { id: model.id, live };
    }),
  fc
    .record({
      id: fc.constantFrom(...UNKNOWN_IDS),
      listed: fc.boolean(),
      window: fc.constantFrom(8_192, 32_768, 131_072),
      max: fc.option(fc.constantFrom(4_096, 8_192, 40_960), { nil: undefined }),
    })
    .map(({ id, listed, window, max }) => ({
      id,
      live: listed
        ? mergeLiveModel(
            { id, context_window: window, ...(max ? { max_completion_tokens: max } : {}) },
            false,
          )
        : undefined,
    })),
);

const SCHEMAS = [
  DEFAULT_PARAMETERS.jsonSchema,
  '{"type":"object","properties":{"a":{"type":"string"}}}',
  '{"name":"bad name!","schema":{}}',
  '{"type":',
];

const parametersArb = fc.record({
  temperature: fc.constantFrom(0, 0.5, 1, 2),
  maxCompletionTokens: fc.constantFrom(1, 1024, 8_192, 16_384, 32_768, 65_536, 100_000, 131_072, 1_000_000),
  topP: fc.constantFrom(0, 0.5, 1),
  seed: fc.option(fc.integer({ min: -5, max: 1_000 }), { nil: null }),
  stop: fc.constantFrom<string[][]>([], ['END'], ['a', 'b']),
  stream: fc.boolean(),
  responseFormat: fc.constantFrom('text' as const, 'json_object' as const, 'json_schema' as const),
  jsonSchema: fc.constantFrom(...SCHEMAS),
  jsonSchemaStrict: fc.boolean(),
  moderation: fc.boolean(),
  reasoningFormat: fc.constantFrom(null, 'parsed' as const, 'raw' as const, 'hidden' as const),
  reasoningEffort: fc.constantFrom(
    null,
    'none' as const,
    'default' as const,
    'low' as const,
    'medium' as const,
    'high' as const,
  ),
  includeReasoning: fc.boolean(),
  serviceTier: fc.constantFrom('' as const, 'auto' as const, 'flex' as const),
});

const TOOL_SETS: ToolDraft[][] = [
  [],
  [{ ...EXAMPLE_TOOL, id: 't1' }],
  [{ id: 't2', name: 'bad name', description: '', parameters: '{' }],
];
const IMAGE_URL = 'https://example.com/cat.png';
const SMALL_PNG = `data:image/png;base64,${'A'.repeat(64)}`;

const sharedArb = fc.record({
  system: fc.constantFrom('', 'Be brief.'),
  tools: fc.constantFrom(...TOOL_SETS),
  toolChoice: fc.constantFrom('auto' as const, 'none' as const, 'required' as const),
  parallelToolCalls: fc.boolean(),
  browserSearch: fc.boolean(),
  codeExecution: fc.boolean(),
  documents: fc.constantFrom<DocumentDraft[][]>([], [{ key: 'k', id: 'doc-1', text: 'Alpha' }]),
  citations: fc.boolean(),
});

const conversationArb = fc.record({
  draft: fc.constantFrom('', 'Hello', 'Describe these'),
  images: fc.array(fc.constantFrom(IMAGE_URL, SMALL_PNG), { maxLength: 4 }),
  earlier: fc.boolean(),
});

type Shared = ReturnType<typeof sharedArb.generate>['value'];

/** The store after the user's settings, or after opening a share link that carries them. */
function playgroundState(pane: PaneSettings, shared: Shared, viaLink: boolean): PlaygroundState {
  const initial = usePlaygroundStore.getInitialState();
  const state: PlaygroundState = { ...initial, ...shared, panes: [pane] };
  if (!viaLink) return state;
  const { state: link } = snapshotForShare(state, []);
  const decoded = decodeShareState(encodeShareState(link).slice(2));
  if (!decoded.ok) throw new Error(decoded.message);
  return { ...initial, ...sharedPlayground(decoded.state) } as PlaygroundState;
}

describe('lib/rules: the panels, Submit, View code and the route agree', () => {
  it(`holds Submit with a named problem or sends what the route accepts and View code shows (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(
        modelArb,
        parametersArb,
        sharedArb,
        conversationArb,
        fc.boolean(),
        ({ id, live }, parameters, shared, talk, viaLink) => {
          let state = playgroundState({ id: 'p1', model: id, ...parameters }, shared, viaLink);
          // With the live list loaded, the store lowers Max Completion Tokens to the live limit.
          if (live) {
            const [pane] = applyModelRules(state.panes[0] as PaneSettings, live as ModelInfo);
            state = { ...state, panes: [pane] };
          }
          state = {
            ...state,
            messages: talk.earlier ? [{ id: 'm0', role: 'user', content: 'Earlier' }] : [],
            draft: talk.draft,
            draftImages: talk.images,
          };
          const pending = selectPendingRequest(state, 0, { variables: {} });
          if (pending.problems.length > 0) {
            for (const problem of pending.problems) {
              expect(problem.message.length).toBeGreaterThan(10);
              expect(problem.code).toMatch(/^[a-z-]+$/);
              expect(problem.blocking).toBe(true);
            }
            return;
          }
          // The HTTP hop: the browser posts JSON; the route parses it with the live entry if it has one.
          const posted = JSON.parse(JSON.stringify(pending.request));
          const parsed = parseChatRequestForModel(posted, live);
          if (!parsed.ok) {
            throw new Error(
              `route refused what the UI allowed: ${parsed.error.message}\n${JSON.stringify({ id, live: live?.maxCompletionTokens, request: pending.request }, null, 1).slice(0, 2000)}`,
            );
          }
          expect(toUpstreamParams(parsed.data)).toEqual(JSON.parse(generateJson(pending.request)));
          // A field the UI says is not sent is not on the wire.
          const caps = findCatalogModel(id)?.capabilities;
          if (caps && !caps.jsonSchema) expect(parsed.data.response_format?.type).not.toBe('json_schema');
          if (parsed.data.reasoning_format === 'raw') expect(parsed.data.tools ?? []).toEqual([]);
          // The Reasoning panel (reasoning-controls.tsx) shows what is sent: the effort chosen where it
          // is offered, and Include Reasoning off (shown, enabled, unchecked) exactly when it is sent.
          const pane = state.panes[0] as PaneSettings;
          const support = rulesModel(id).capabilities.reasoning;
          const effortShown = pane.reasoningEffort && support?.efforts.includes(pane.reasoningEffort);
          expect(parsed.data.reasoning_effort ?? null).toBe(effortShown ? pane.reasoningEffort : null);
          const formatSent = parsed.data.reasoning_format != null;
          const switchOff = Boolean(support?.includeReasoning) && !formatSent && !pane.includeReasoning;
          expect(parsed.data.include_reasoning === false).toBe(switchOff);
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
