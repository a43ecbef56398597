import { create } from 'zustand';

/**
 * Fields whose typed text cannot be sent (a seed out of range, say), keyed by field. The field
 * explains the problem inline; the composer holds Submit back while any is listed, so the store's
 * last valid value is never sent in place of what the user sees.
 */
export interface FieldProblemsState {
  problems: Record<string, string>;
  setProblem: (field: string, message: string | null) => void;
}

export const useFieldProblems = create<FieldProblemsState>()((set) => ({
  problems: {},
  setProblem: (field, message) =>
    set((s) => {
      if ((s.problems[field] ?? null) === message) return s;
      const problems = { ...s.problems };
      if (message === null) delete problems[field];
      else problems[field] = message;
      return { problems };
    }),
}));
