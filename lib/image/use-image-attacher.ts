'use client';

/**
 * Attaching files to the composer's draft: each is checked, resized to fit if needed, and added to
 * the draft images; what happened is kept as notices (role="status") and errors (role="alert").
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { usePlaygroundStore } from '../store/playground-store';
import { preparingNotice } from './attach-messages';

export interface ImageAttacher {
  /** The file being prepared, if any (Submit waits for it). */
  preparing: string | null;
  notices: string[];
  errors: string[];
  attachFiles: (files: readonly File[]) => Promise<void>;
  /** Attaches an image URL the Image URL field checked, and empties the field. */
  attachUrl: (url: string) => void;
  refuse: (message: string) => void;
  /** Forgets what happened (after the draft was sent). */
  clear: () => void;
}

export function useImageAttacher(refusal: string | null): ImageAttacher {
  const [preparing, setPreparing] = useState<string | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const run = useRef(0);

  // A refusal for the previous model no longer applies once the model changes.
  useEffect(() => {
    if (refusal === null) setErrors((current) => (current.length === 0 ? current : []));
  }, [refusal]);

  const addDraftImage = usePlaygroundStore((s) => s.addDraftImage);
  const setDraftImageUrl = usePlaygroundStore((s) => s.setDraftImageUrl);

  const refuse = useCallback((message: string) => {
    setNotices([]);
    setErrors([message]);
  }, []);

  const attachFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      if (refusal) return refuse(refusal);
      const id = ++run.current;
      const done: string[] = [];
      const failed: string[] = [];
      setNotices([]);
      setErrors([]);
      for (const file of files) {
        setPreparing(preparingNotice(file.name || 'Pasted image'));
        // Resizing and re-encoding load with the first image (not part of the first visit).
        const { prepareImageFile } = await import('./prepare');
        const result = await prepareImageFile(file);
        if (id !== run.current) return; // a newer attach took over
        if (result.ok) {
          addDraftImage(result.dataUrl);
          done.push(result.notice);
        } else {
          failed.push(result.error);
        }
        setNotices([...done]);
        setErrors([...failed]);
      }
      setPreparing(null);
    },
    [refusal, refuse, addDraftImage],
  );

  const attachUrl = useCallback(
    (url: string) => {
      if (refusal) return refuse(refusal);
      addDraftImage(url);
      setDraftImageUrl('');
      setErrors([]);
      setNotices(['Image URL attached.']);
    },
    [refusal, refuse, addDraftImage, setDraftImageUrl],
  );

  const clear = useCallback(() => {
    setNotices([]);
    setErrors([]);
  }, []);

  return { preparing, notices, errors, attachFiles, attachUrl, refuse, clear };
}
