'use client';

import { createContext } from 'react';
import type { Annotation } from '@/lib/stream/events';

/**
 * What an answer's citation markers point at. Apart from the markers themselves (which load with
 * the markdown pipeline), so an answer can provide it without pulling the renderer into the first load.
 */
export interface CitationSources {
  /** The answer text the annotations index into (without markers). */
  answer: string;
  annotations: readonly Annotation[];
  /** Document id → text, from the request that produced the answer. */
  documents: ReadonlyMap<string, string>;
}

/** Set by the answer that renders markers; markdown elsewhere has none, so `#citation-n` stays text. */
export const CitationContext = createContext<CitationSources | null>(null);
