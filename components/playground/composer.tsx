'use client';

import { type ClipboardEvent, type DragEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import { noVisionReason } from '@/lib/image/messages';
import { useImageAttacher } from '@/lib/image/use-image-attacher';
import { moveSystemPromptIntoMessage, useVisionGate } from '@/lib/image/vision-actions';
import { stopChat, submitChat } from '@/lib/store/chat-runner';
import { useConversationStore } from '@/lib/store/conversation-store';
import { parseJsonSchemaSetting } from '@/lib/store/request-options';
import { useSettingsStore } from '@/lib/store/settings-store';
import { ImageAttachments, VisionProblemsAlert } from './image-attachments';
import { ModelAvailabilityNotice, useModelAvailability } from './model-availability-notice';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

export function Composer() {
  const id = useId();
  const draft = useConversationStore((s) => s.draft);
  const setDraft = useConversationStore((s) => s.setDraft);
  const streaming = useConversationStore((s) => s.messages.some((m) => m.answer?.status === 'streaming'));
  const gate = useVisionGate();
  const attacher = useImageAttacher(gate.acceptsImages ? null : noVisionReason(gate.modelName));
  const [dragging, setDragging] = useState(false);
  const problemsId = `${id}-problems`;
  const availability = useModelAvailability();
  const schemaProblem = useSettingsStore((s) => {
    if (s.responseFormat !== 'json_schema') return null;
    const parsed = parseJsonSchemaSetting(s.jsonSchema, s.jsonSchemaStrict);
    return parsed.ok ? null : parsed.message;
  });
  // Submit sends only what Groq would accept, to a live model, once attached files are ready.
  const blocked =
    gate.problems.length > 0 ||
    attacher.preparing !== null ||
    availability.status === 'unavailable' ||
    schemaProblem !== null;
  const blockers = [
    availability.status === 'unavailable' ? `${id}-model` : null,
    schemaProblem ? `${id}-schema` : null,
  ];

  useEffect(() => {
    if (!streaming) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') stopChat();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [streaming]);

  const send = () => {
    if (blocked || streaming) return;
    void submitChat();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };

  // Pasted files (a screenshot, a copied image) are attached; pasted text goes into the message.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = Array.from(event.clipboardData.files);
    if (files.length === 0 || event.clipboardData.types.includes('text/plain')) return;
    event.preventDefault();
    void attacher.attachFiles(files);
  };

  const onDragOver = (event: DragEvent<HTMLFormElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = gate.acceptsImages ? 'copy' : 'none';
    setDragging(true);
  };

  const onDragLeave = (event: DragEvent<HTMLFormElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };

  const onDrop = (event: DragEvent<HTMLFormElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    void attacher.attachFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <form
      className={`flex flex-col gap-2 rounded-md ${dragging ? 'outline-2 outline-offset-4 outline-dashed outline-groq-strong' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <label htmlFor={id} className="text-xs font-semibold uppercase tracking-wide text-neutral-500">
        Message
      </label>
      <textarea
        id={id}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        placeholder="Enter user message… (Ctrl+Enter to submit; paste or drop images)"
        rows={3}
        className="w-full resize-y rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm dark:border-neutral-700 dark:bg-neutral-900"
      />
      {dragging ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-300">
          {gate.acceptsImages ? 'Drop images to attach them.' : noVisionReason(gate.modelName)}
        </p>
      ) : null}
      <ImageAttachments attacher={attacher} acceptsImages={gate.acceptsImages} modelName={gate.modelName} />
      <ModelAvailabilityNotice id={`${id}-model`} availability={availability} />
      {schemaProblem ? (
        <p id={`${id}-schema`} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {schemaProblem} Fix the JSON Schema in the parameters, or choose another Response Format.
        </p>
      ) : null}
      <VisionProblemsAlert
        id={problemsId}
        problems={gate.problems}
        onMoveSystem={moveSystemPromptIntoMessage}
      />
      <div className="flex justify-end gap-2">
        {streaming ? (
          <button
            type="button"
            onClick={stopChat}
            className="rounded-md border border-neutral-300 px-4 py-2 text-sm font-medium dark:border-neutral-700"
          >
            Stop
          </button>
        ) : null}
        <button
          type="submit"
          disabled={streaming || blocked}
          aria-describedby={
            [gate.problems.length > 0 ? problemsId : null, ...blockers].filter(Boolean).join(' ') || undefined
          }
          className="rounded-md bg-groq-strong px-4 py-2 text-sm font-medium text-white hover:bg-groq-deep disabled:opacity-50"
        >
          Submit
        </button>
      </div>
    </form>
  );
}
