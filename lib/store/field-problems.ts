import type { StateCreator } from 'zustand';
import type { PlaygroundState } from './playground-types';

/**
 * Fields whose typed text cannot be sent (a seed out of range, say), keyed by field. The field
 * explains the problem inline; Submit is refused while any is listed, so the store's last valid value
 * is never sent in place of what the user sees. Not saved.
 */
export interface FieldProblemsSlice {
  fieldProblems: Record<string, string>;
  setFieldProblem: (field: string, message: string | null) => void;
}

export const createFieldProblemsSlice: StateCreator<PlaygroundState, [], [], FieldProblemsSlice> = (set) => ({
  fieldProblems: {},
  setFieldProblem: (field, message) =>
    set((s) => {
      if ((s.fieldProblems[field] ?? null) === message) return s;
      const fieldProblems = { ...s.fieldProblems };
      if (message === null) delete fieldProblems[field];
      else fieldProblems[field] = message;
      return { fieldProblems };
    }),
});
