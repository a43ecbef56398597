'use client';

import { useMemo, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { Field, TextArea } from '@/components/ui/field';
import {
  findTtsModel,
  TTS_MAX_INPUT_CHARS,
  ttsInputLength,
  VOCAL_DIRECTION_EXAMPLES,
} from '@/lib/models/tts';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { selectTtsRun } from '@/lib/store/tts-slice';
import { splitTtsText } from '@/lib/tts/split';

const hint = 'text-xs text-muted';

/** The text to speak, its character count and how many requests it makes, and vocal directions. */
export function TtsTextField() {
  const area = useRef<HTMLTextAreaElement>(null);
  const text = usePlaygroundStore((s) => s.tts.text);
  const model = usePlaygroundStore((s) => s.tts.model);
  const refusal = usePlaygroundStore((s) => (s.tts.refusal?.field === 'text' ? s.tts.refusal.message : null));
  const running = usePlaygroundStore((s) => selectTtsRun(s)?.status === 'running');
  const setOption = usePlaygroundStore((s) => s.setTtsOption);
  const spec = findTtsModel(model);
  const characters = ttsInputLength(text);
  const pieces = useMemo(() => splitTtsText(text).length, [text]);

  /** Inserts `[direction] ` at the caret (or over the selection) and puts the caret after it. */
  const insert = (direction: string) => {
    const element = area.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const before = text.slice(0, start);
    const token = `${before && !/\s$/.test(before) ? ' ' : ''}[${direction}] `;
    setOption('text', `${before}${token}${text.slice(end).replace(/^\s+/, '')}`);
    const caret = start + token.length;
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  };

  return (
    <div className="flex flex-col gap-1">
      <Field
        label="Text"
        error={refusal}
        hint={
          <>
            <p>
              {characters} {characters === 1 ? 'character' : 'characters'}
              {pieces > 1 ? ` · sent as ${pieces} requests of at most ${TTS_MAX_INPUT_CHARS} characters` : ''}
            </p>
            <p>
              Groq speaks at most {TTS_MAX_INPUT_CHARS} characters per request; longer text is split at
              sentence ends and the pieces are joined into one audio.
            </p>
          </>
        }
      >
        {(control) => (
          <TextArea
            {...control}
            ref={area}
            textSize="base"
            rows={6}
            value={text}
            lang={spec?.languageTag}
            dir="auto"
            readOnly={running}
            placeholder={
              spec?.languageTag.startsWith('ar') ? 'اكتب النص هنا' : 'Type what the voice should say…'
            }
            onChange={(e) => setOption('text', e.target.value)}
          />
        )}
      </Field>
      {spec?.vocalDirections ? (
        <fieldset className="flex flex-wrap items-center gap-1.5">
          <legend className={`${hint} float-left mr-1`}>
            Vocal directions, for example (click to insert):
          </legend>
          {VOCAL_DIRECTION_EXAMPLES.map((direction) => (
            <Button
              key={direction}
              size="xs"
              className="font-mono"
              disabled={running}
              onClick={() => insert(direction)}
            >
              [{direction}]
            </Button>
          ))}
        </fieldset>
      ) : spec ? (
        <p className={hint}>{spec.name} does not take vocal directions; brackets would be read aloud.</p>
      ) : null}
    </div>
  );
}
