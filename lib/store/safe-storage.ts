import { createJSONStorage, type StateStorage } from 'zustand/middleware';

/**
 * localStorage that never throws: a full quota (big conversations) or a disabled storage must not
 * break the action that triggered the save. The in-memory state stays complete either way.
 */
const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch (error) {
      console.warn(`Could not save ${name} to localStorage`, error);
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // nothing to do
    }
  },
};

export const safeJSONStorage = <T>() => createJSONStorage<T>(() => safeLocalStorage);

export const INLINE_IMAGE_PLACEHOLDER = 'data:,image-not-saved';

/** Base64 images can be megabytes: they are kept in memory but not written to localStorage. */
export function isInlineImage(url: string): boolean {
  return url.startsWith('data:') && url !== INLINE_IMAGE_PLACEHOLDER;
}
