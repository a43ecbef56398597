/**
 * One History record (version 1): a chat, a comparison or a dataset run, with its settings, its
 * turn trees (branches included), its answers with their statistics and its totals. The settings
 * are a share state without its conversation, so they are validated by the share schema and old
 * versions are migrated by it; the turns carry images as Blobs in IndexedDB and as data URLs in an
 * export file (one factory makes both schemas).
 */
import { z } from 'zod';
import { anyShareState, migrateShareState, type ShareState, shareStateV6 } from '../share/share-schema';
import { type TurnTree, treeProblem } from './branches';
import { MAX_RECORD_ID_LENGTH, MAX_THREADS, RECORD_VERSION } from './record-constants';

export { MAX_THREADS, RECORD_VERSION };

const sharedMessage = shareStateV6.shape.messages.element;

/** A finished answer: the share link's model and statistics, plus its cost when it is known. */
export const storedAnswer = sharedMessage.shape.answer.unwrap().extend({
  costUsd: z.number().nonnegative().optional(),
});

const httpUrl = z.string().regex(/^https?:\/\//, 'an image is an http(s) URL or an image data URL');
export const dataUrl = z
  .string()
  .regex(/^data:image\/[\w.+-]+;base64,[A-Za-z0-9+/=\s]*$/, 'not a base64 image data URL');

/** In IndexedDB: uploaded images as Blobs, linked images as their URL. */
export const storedImage = z.union([z.instanceof(Blob), httpUrl]);
/** In an export file: uploaded images as data URLs. */
export const exportedImage = z.union([dataUrl, httpUrl]);

function turnSchema<I extends z.ZodType>(image: I) {
  return sharedMessage.omit({ images: true, answer: true }).extend({
    id: z.string().min(1).max(MAX_RECORD_ID_LENGTH),
    images: z.array(image).max(64).optional(),
    answer: storedAnswer.optional(),
  });
}

function treeSchema<T extends z.ZodType<{ id: string }>>(turn: T) {
  const node = z.strictObject({
    turn,
    parentId: z.string().min(1).nullable(),
    children: z.array(z.string()),
  });
  return z
    .strictObject({
      nodes: z.record(z.string().min(1), node),
      roots: z.array(z.string()),
      selected: z.record(z.string(), z.string().nullable()),
    })
    .superRefine((tree, ctx) => {
      const problem = treeProblem(tree as TurnTree<{ id: string }>);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/**
 * The settings of any share version (without system and conversation, which the record keeps
 * itself), brought to today's version.
 */
const recordSettings = z.looseObject({ v: z.int() }).transform((value, ctx): RecordSettings => {
  const parsed = anyShareState.safeParse({ ...value, system: '', messages: [] });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
    return z.NEVER;
  }
  const { system: _system, messages: _messages, ...settings } = migrateShareState(parsed.data);
  return settings;
});

export type RecordSettings = Omit<ShareState, 'system' | 'messages'>;

export const rowSchema = z.strictObject({
  key: z.string().max(200),
  values: z.record(z.string(), z.string()),
  status: z.enum(['waiting', 'running', 'done', 'error', 'stopped', 'unsent']),
  answer: z.string(),
  promptTokens: z.int().nonnegative().nullable(),
  completionTokens: z.int().nonnegative().nullable(),
  ms: z.number().nonnegative().nullable(),
  error: z.string().nullable(),
  costUsd: z.number().nonnegative().optional(),
  /** Evaluate's verdict on the row (absent: not graded; null: was being graded). */
  grade: z
    .union([
      z.strictObject({
        status: z.enum(['pass', 'fail']),
        reason: z.string(),
        score: z.number().min(0).max(1).optional(),
      }),
      z.strictObject({ status: z.literal('error'), code: z.string().max(100), reason: z.string() }),
      z.strictObject({ status: z.literal('ungraded'), reason: z.string() }),
    ])
    .nullable()
    .optional(),
  /** The LLM judge's own tokens, priced apart from the answer's. */
  judge: z
    .strictObject({
      model: z.string().max(200),
      promptTokens: z.int().nonnegative(),
      completionTokens: z.int().nonnegative(),
    })
    .nullable()
    .optional(),
});

export const totalsSchema = z.strictObject({
  promptTokens: z.int().nonnegative(),
  completionTokens: z.int().nonnegative(),
  totalTokens: z.int().nonnegative(),
  /** Sum of the costs that are known; null when no answer's cost is known. */
  costUsd: z.number().nonnegative().nullable(),
});

export const KINDS = ['chat', 'compare', 'dataset-run'] as const;

function recordSchema<I extends z.ZodType>(image: I) {
  const turn = turnSchema(image);
  return z.strictObject({
    v: z.literal(RECORD_VERSION),
    id: z.string().min(1).max(MAX_RECORD_ID_LENGTH),
    kind: z.enum(KINDS),
    title: z.string().max(200),
    /** Renamed by the user: later saves keep the title. */
    titleEdited: z.boolean(),
    createdAt: z.int().nonnegative(),
    updatedAt: z.int().nonnegative(),
    /** Pane 1's model first, then the other panes' (a comparison). */
    models: z.array(z.string()).max(MAX_THREADS),
    system: z.string(),
    settings: recordSettings,
    /** One per pane with its own conversation (Compare with Sync chat on); else one. */
    threads: z.array(treeSchema(turn)).max(MAX_THREADS),
    /** A dataset run's rows (Run all), in dataset order. */
    rows: z.array(rowSchema).max(100_000).optional(),
    totals: totalsSchema,
  });
}

export const storedRecordSchema = recordSchema(storedImage);
export const exportedRecordSchema = recordSchema(exportedImage);

export type HistoryKind = (typeof KINDS)[number];
export type StoredImage = Blob | string;
export type Turn<I = StoredImage> = Omit<z.output<ReturnType<typeof turnSchema>>, 'images'> & {
  images?: I[];
};
export type Thread<I = StoredImage> = TurnTree<Turn<I>>;
export type RowRecord = z.output<typeof rowSchema>;
export type Totals = z.output<typeof totalsSchema>;
export type StoredAnswer = z.output<typeof storedAnswer>;

export interface HistoryRecord<I = StoredImage> {
  v: typeof RECORD_VERSION;
  id: string;
  kind: HistoryKind;
  title: string;
  titleEdited: boolean;
  createdAt: number;
  updatedAt: number;
  models: string[];
  system: string;
  settings: RecordSettings;
  threads: Thread<I>[];
  rows?: RowRecord[];
  totals: Totals;
}

/** What the workbench hands to History; the rest (title, totals, dates) is worked out on save. */
export type HistoryDraft<I = StoredImage> = Pick<
  HistoryRecord<I>,
  'id' | 'kind' | 'system' | 'settings' | 'threads' | 'rows'
>;

/** The list's view of a record (what the History panel shows). */
export type HistorySummary = Pick<
  HistoryRecord,
  'id' | 'kind' | 'title' | 'models' | 'createdAt' | 'updatedAt' | 'totals'
>;
