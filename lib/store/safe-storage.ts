import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { INLINE_IMAGE_PLACEHOLDER } from '../chat/chat-messages';

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

/** Writes waiting for the next flush, by storage key: serialized once, not once per update. */
const pending = new Map<string, () => string>();
let timer: ReturnType<typeof setTimeout> | null = null;
const WRITE_DELAY_MS = 250;

/** Writes every pending state now (also run when the page is hidden or unloaded). */
export function flushPendingWrites(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  for (const [name, serialize] of pending) safeLocalStorage.setItem(name, serialize());
  pending.clear();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushPendingWrites);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushPendingWrites();
  });
}

/**
 * JSON storage for zustand's persist that coalesces writes: a streaming answer updates the store
 * every frame, and serializing a long conversation to localStorage each time grew with its length
 * (bench:render). The last state is written at most every 250 ms, and on pagehide.
 */
export function safeJSONStorage<T>(): PersistStorage<T> {
  return {
    getItem: (name) => {
      const text = safeLocalStorage.getItem(name) as string | null;
      if (text === null) return null;
      try {
        return JSON.parse(text) as StorageValue<T>;
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      pending.set(name, () => JSON.stringify(value));
      timer ??= setTimeout(flushPendingWrites, WRITE_DELAY_MS);
    },
    removeItem: (name) => {
      pending.delete(name);
      safeLocalStorage.removeItem(name);
    },
  };
}

export { INLINE_IMAGE_PLACEHOLDER };

/** Base64 images can be megabytes: they are kept in memory but not written to localStorage. */
export function isInlineImage(url: string): boolean {
  return url.startsWith('data:') && url !== INLINE_IMAGE_PLACEHOLDER;
}
