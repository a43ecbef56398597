'use client';

import {
  type ClipboardEvent,
  type DragEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { noVisionReason } from '@/lib/image/messages';
import { useImageAttacher } from '@/lib/image/use-image-attacher';
import {
  moveSystemPromptIntoMessage,
  useSwitchToVisionModel,
  useVisionGate,
} from '@/lib/image/vision-actions';
import { stopChat, submitChat } from '@/lib/store/chat-runner';
import { useConversationStore } from '@/lib/store/conversation-store';
import { useFieldProblems } from '@/lib/store/field-problems';
import { parseJsonSchemaSetting } from '@/lib/store/request-options';
import { useSettingsStore } from '@/lib/store/settings-store';
import { invalidToolsMessage } from '@/lib/store/tools';
import {
  AttachPanel,
  AttachStatus,
  DraftImages,
  ImageFileInput,
  VisionProblemsAlert,
} from './image-attachments';
import { ModelAvailabilityNotice, useModelAvailability } from './model-availability-notice';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** Settings that stop Submit: invalid tools, an invalid JSON Schema, fields whose text cannot be sent. */
function useSettingsProblems(): string[] {
  const tools = useSettingsStore((s) => invalidToolsMessage(s.tools));
  const schema = useSettingsStore((s) => {
    if (s.responseFormat !== 'json_schema') return null;
    const parsed = parseJsonSchemaSetting(s.jsonSchema, s.jsonSchemaStrict);
    return parsed.ok
      ? null
      : `${parsed.message} Fix the JSON Schema under Parameters, or choose another Response Format.`;
  });
  const fields = useFieldProblems((s) => s.problems);
  return [
    ...(tools ? [tools] : []),
    ...(schema ? [schema] : []),
    ...Object.entries(fields).map(([field, message]) => `${field}: ${message} Fix it under Parameters.`),
  ];
}

export function Composer() {
  const id = useId();
  const draft = useConversationStore((s) => s.draft);
  const setDraft = useConversationStore((s) => s.setDraft);
  const streaming = useConversationStore((s) => s.messages.some((m) => m.answer?.status === 'streaming'));
  const gate = useVisionGate();
  const refusal = gate.acceptsImages ? null : noVisionReason(gate.modelName);
  const attacher = useImageAttacher(refusal);
  const switchToVision = useSwitchToVisionModel();
  const settingsProblems = useSettingsProblems();
  const availability = useModelAvailability();
  const unavailable = availability.status === 'unavailable';
  // Until the live list has chosen a model (no saved or linked one) there is nothing to send to.
  const choosing = useSettingsStore((s) => s.model === '');
  const [dragging, setDragging] = useState(false);
  const [attachOpen, setAttachOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const attachButton = useRef<HTMLButtonElement>(null);
  const problemsId = `${id}-problems`;
  const settingsId = `${id}-settings`;
  const panelId = `${id}-attach`;
  const modelId = `${id}-model`;
  // Submit sends only what Groq would accept, to a live model, and only once attached files are ready.
  const blocked =
    gate.problems.length > 0 ||
    settingsProblems.length > 0 ||
    attacher.preparing !== null ||
    unavailable ||
    choosing;
  const describedBy = [
    unavailable ? modelId : '',
    gate.problems.length > 0 ? problemsId : '',
    settingsProblems.length > 0 ? settingsId : '',
  ]
    .join(' ')
    .trim();

  useEffect(() => {
    if (!streaming) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') stopChat();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [streaming]);

  // A model that takes no images closes the attach panel (its refusal says why on the next try).
  useEffect(() => {
    if (refusal) setAttachOpen(false);
  }, [refusal]);

  const send = () => {
    if (blocked || streaming) return;
    attacher.clear(); // "photo.png attached" describes the draft, which is now sent
    setAttachOpen(false);
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

  const onAttach = () => {
    if (refusal) attacher.refuse(refusal);
    else setAttachOpen((open) => !open);
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
      <div className="flex max-h-[35vh] flex-col gap-2 overflow-y-auto empty:hidden">
        {dragging ? (
          <p className="text-sm text-neutral-700 dark:text-neutral-300">
            {gate.acceptsImages ? 'Drop images to attach them.' : refusal}
          </p>
        ) : null}
        {attachOpen ? (
          <AttachPanel id={panelId} attacher={attacher} onUpload={() => fileInput.current?.click()} />
        ) : null}
        <DraftImages focusAfterRemove={attachButton} />
        <AttachStatus
          attacher={attacher}
          noVisionReason={refusal ?? ''}
          onSwitchToVision={() => {
            switchToVision();
            setAttachOpen(true);
          }}
        />
        <ModelAvailabilityNotice id={modelId} availability={availability} />
        <VisionProblemsAlert
          id={problemsId}
          problems={gate.problems}
          onMoveSystem={moveSystemPromptIntoMessage}
        />
        {settingsProblems.length > 0 ? (
          <Notice tone="error" compact>
            <ul id={settingsId}>
              {settingsProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
      </div>
      <label htmlFor={id} className="sr-only">
        Message
      </label>
      <textarea
        id={id}
        dir="auto"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        placeholder="Message (Ctrl+Enter to submit; paste or drop images)"
        rows={3}
        className="max-h-[30vh] min-h-[4.5rem] w-full resize-y rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm dark:border-neutral-600 dark:bg-neutral-900"
      />
      <ImageFileInput inputRef={fileInput} attacher={attacher} />
      <div className="flex items-center gap-2">
        <Button
          ref={attachButton}
          variant="ghost"
          aria-expanded={attachOpen}
          aria-controls={attachOpen ? panelId : undefined}
          onClick={onAttach}
        >
          Attach image
        </Button>
        <span className="flex-1" />
        {streaming ? (
          <Button onClick={stopChat} aria-keyshortcuts="Escape">
            Stop
          </Button>
        ) : null}
        <Button
          type="submit"
          variant="primary"
          size="md"
          disabled={streaming || blocked}
          aria-describedby={describedBy || undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Submit
        </Button>
      </div>
    </form>
  );
}
