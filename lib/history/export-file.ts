/**
 * Reading an exported file (History or Prompts): JSON, the envelope's `format` and `version`, then each
 * item against its schema. The whole file is checked before anything is written, and the first bad
 * item is named with its position and label.
 */
import { z } from 'zod';
import { fail, ok, type StorageResult } from './db';
import { describeIssues } from './records';

export interface ExportFileKind<T> {
  /** The `format` value, e.g. `groq-playground-history`. */
  format: string;
  /** The array's field in the envelope, e.g. `conversations`. */
  field: string;
  /** Newest file version this playground reads. */
  version: number;
  /** How a person names the file ("History", "prompts") and one item ("Conversation", "Prompt version"). */
  fileName: string;
  itemName: string;
  /** The item's own field a person would recognise it by (title, name). */
  labelField: string;
  item: z.ZodType<T>;
  /** Said after a too-new version, e.g. "Update the playground to import it." */
  newerHint?: string;
}

export function readExportFile<T>(text: string, kind: ExportFileKind<T>): StorageResult<T[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(
      'invalid',
      `This file is not JSON (${error instanceof Error ? error.message : 'unreadable'}).`,
    );
  }
  const head = z.object({ format: z.literal(kind.format), version: z.int() }).safeParse(data);
  const list = typeof data === 'object' && data !== null ? Reflect.get(data, kind.field) : undefined;
  if (!head.success || !Array.isArray(list)) {
    return fail(
      'invalid',
      `This is not a ${kind.fileName} export: expected "format": "${kind.format}" with "${kind.field}".`,
    );
  }
  if (head.data.version > kind.version) {
    const hint = kind.newerHint ? ` ${kind.newerHint}` : '';
    return fail(
      'invalid',
      `This ${kind.fileName} file is version ${head.data.version}, newer than this playground reads (${kind.version}).${hint}`,
    );
  }
  const items: T[] = [];
  for (const [index, item] of (list as unknown[]).entries()) {
    const parsed = kind.item.safeParse(item);
    if (!parsed.success) {
      const label = (item as Record<string, unknown> | null)?.[kind.labelField];
      const named = typeof label === 'string' ? ` ("${label}")` : '';
      return fail(
        'invalid',
        `${kind.itemName} ${index + 1}${named} in this file is not valid, so nothing was imported: ${describeIssues(parsed.error.issues)}.`,
      );
    }
    items.push(parsed.data);
  }
  return ok(items);
}
