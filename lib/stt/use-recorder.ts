'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export type RecorderStatus = 'idle' | 'starting' | 'recording';

export interface Recorder {
  status: RecorderStatus;
  /** Input level 0–1 (RMS of the last analyser frame, scaled), for the level meter. */
  level: number;
  elapsedMs: number;
  error: string | null;
  start: () => Promise<void>;
  stop: () => void;
}

/** Containers Groq accepts, in the order browsers are likely to support them. */
const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

function pickMimeType(): string | undefined {
  if (typeof MediaRecorder === 'undefined' || typeof MediaRecorder.isTypeSupported !== 'function')
    return undefined;
  return PREFERRED_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

const EXTENSION: Record<string, string> = { 'audio/webm': 'webm', 'audio/ogg': 'ogg', 'audio/mp4': 'm4a' };

function recordingFile(chunks: Blob[], mimeType: string): File {
  const base = mimeType.split(';')[0] || 'audio/webm';
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return new File(chunks, `recording-${stamp}.${EXTENSION[base] ?? 'webm'}`, { type: base });
}

function describeError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'NotAllowedError') {
    return 'Microphone access was denied. Allow it in the browser to record.';
  }
  if (error instanceof DOMException && error.name === 'NotFoundError') return 'No microphone was found.';
  return `Could not start recording: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Records from the microphone with MediaRecorder; an AnalyserNode drives the level meter. `onRecorded`
 * receives the finished recording as a File (webm/opus in Chromium and Firefox, mp4 in Safari).
 */
export function useRecorder(onRecorded: (file: File, durationSeconds: number) => void): Recorder {
  const [status, setStatus] = useState<RecorderStatus>('idle');
  const [level, setLevel] = useState(0);
  const [elapsedMs, setElapsedMs] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const cleanup = useRef<(() => void) | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const onRecordedRef = useRef(onRecorded);
  useEffect(() => {
    onRecordedRef.current = onRecorded;
  });

  const release = useCallback(() => {
    cleanup.current?.();
    cleanup.current = null;
    recorder.current = null;
    setLevel(0);
  }, []);

  useEffect(() => () => release(), [release]);

  const start = useCallback(async () => {
    if (recorder.current) return;
    setError(null);
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      setError('This browser cannot record audio (MediaRecorder is unavailable).');
      return;
    }
    setStatus('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (e) {
      setError(describeError(e));
      setStatus('idle');
      return;
    }
    const mimeType = pickMimeType();
    const media = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    const startedAt = performance.now();
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let frame = 0;
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      setLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
      setElapsedMs(Math.round(performance.now() - startedAt));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    // rAF pauses in background tabs; the clock keeps going with a timer.
    const timer = setInterval(() => setElapsedMs(Math.round(performance.now() - startedAt)), 250);
    cleanup.current = () => {
      cancelAnimationFrame(frame);
      clearInterval(timer);
      for (const track of stream.getTracks()) track.stop();
      void context.close().catch(() => {});
    };
    media.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    });
    media.addEventListener('stop', () => {
      const seconds = (performance.now() - startedAt) / 1000;
      release();
      setStatus('idle');
      onRecordedRef.current(recordingFile(chunks, media.mimeType || mimeType || 'audio/webm'), seconds);
    });
    recorder.current = media;
    setElapsedMs(0);
    media.start(250);
    setStatus('recording');
  }, [release]);

  const stop = useCallback(() => {
    const media = recorder.current;
    if (media && media.state !== 'inactive') media.stop();
  }, []);

  return { status, level, elapsedMs, error, start, stop };
}
