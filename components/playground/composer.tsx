'use client';

import { type ClipboardEvent, type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { ComposerRunsField } from '@/components/eval/composer-runs-field';
import { LazyPromptTokenCount } from '@/components/eval/lazy-prompt-token-count';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/field';
import { fromOpenDialog } from '@/components/ui/from-open-dialog';
import { Notice } from '@/components/ui/notice';
import { preloadOn } from '@/components/ui/preload-on';
import { ProblemMessage } from '@/components/ui/problem-message';
import { noVisionReason } from '@/lib/image/attach-messages';
import { useImageAttacher } from '@/lib/image/use-image-attacher';
import { useVisionGate } from '@/lib/image/vision-actions';
import { usePlaygroundStore } from '@/lib/store/playground-store';
import { activePanes, selectStreaming } from '@/lib/store/selectors';
import { AnswerAnnouncer } from './answer-announcer';
import {
  AttachPanel,
  AttachStatus,
  DraftImages,
  ImageFileInput,
  loadImageAttachments,
  VisionProblemsAlert,
} from './attach-controls';
import { useApplyFix, useSettingsProblems, useUnavailablePanes } from './composer-gates';
import { preloadAnswerParts } from './lazy-parts';
import { ModelAvailabilityNotice } from './model-availability-notice';
import { ModelListStatus } from './model-list-status';
import { registerSubmit, submitOnCtrlEnter } from './submit-shortcut';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** Thumbnails of pasted or dropped images show once they are prepared; their code loads meanwhile. */
function preloadImageParts() {
  loadImageAttachments().catch(() => undefined);
}

export function Composer() {
  const id = useId();
  const draft = usePlaygroundStore((s) => s.draft);
  const setDraft = usePlaygroundStore((s) => s.setDraft);
  const streaming = usePlaygroundStore(selectStreaming);
  // Submit sends "Runs" times (per pane); run 1 streams into the conversation.
  const submit = usePlaygroundStore((s) => s.submitRuns);
  const stop = usePlaygroundStore((s) => s.stopRuns);
  const moveSystem = usePlaygroundStore((s) => s.moveSystemIntoImageTurn);
  const comparing = usePlaygroundStore((s) => s.compare);
  const applyFix = useApplyFix();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [runsProblem, setRunsProblem] = useState<string | null>(null);
  const gate = useVisionGate();
  const imageRefusal = gate.acceptsImages ? null : noVisionReason(gate.modelName);
  const attacher = useImageAttacher(imageRefusal);
  const settingsProblems = useSettingsProblems();
  const unavailablePanes = useUnavailablePanes();
  const unavailable = unavailablePanes.length > 0;
  // Until the live list has chosen a model (no saved or linked one) there is nothing to send to.
  const choosing = usePlaygroundStore((s) => activePanes(s).some((pane) => s.panes[pane]?.model === ''));
  const [dragging, setDragging] = useState(false);
  const [attachOpen, setAttachOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const attachButton = useRef<HTMLButtonElement>(null);
  const problemsId = `${id}-problems`;
  const settingsId = `${id}-settings`;
  const panelId = `${id}-attach`;
  const modelId = `${id}-model`;
  // Submit sends only what Groq would accept, to a live model, and only once attached files are ready.
  const held =
    gate.problems.length > 0 ||
    settingsProblems.length > 0 ||
    attacher.preparing !== null ||
    unavailable ||
    runsProblem !== null;
  // Submit (or Ctrl+Enter) before the model list has chosen a model is kept, and sent once it has.
  const [queued, setQueued] = useState(false);
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
      if (event.key === 'Escape' && !fromOpenDialog(event)) stop();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [streaming, stop]);

  // A model that takes no images closes the attach panel (its refusal says why on the next try).
  useEffect(() => {
    if (imageRefusal) setAttachOpen(false);
  }, [imageRefusal]);

  const send = () => {
    if (streaming || held) return;
    if (choosing) {
      setQueued(draft.trim() !== '');
      return;
    }
    setQueued(false);
    attacher.clear(); // "photo.png attached" describes the draft, which is now sent
    setAttachOpen(false);
    const result = submit();
    setRefusal(result.ok ? null : result.reason);
    keepFocusInComposer();
  };

  // Submit is disabled and Stop goes away while an answer runs: a keyboard user who pressed either
  // continues in the Message box, not on the page body.
  const keepFocusInComposer = () => {
    if (document.activeElement instanceof HTMLButtonElement) document.getElementById(id)?.focus();
  };

  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    if (!queued || choosing) return;
    setQueued(false);
    sendRef.current();
  }, [queued, choosing]);
  useEffect(() => {
    registerSubmit(() => sendRef.current());
    return () => registerSubmit(null);
  }, []);

  // Pasted files (a screenshot, a copied image) are attached; pasted text goes into the message.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = Array.from(event.clipboardData.files);
    if (files.length === 0 || event.clipboardData.types.includes('text/plain')) return;
    event.preventDefault();
    preloadImageParts();
    void attacher.attachFiles(files);
  };

  const onDragOver = (event: DragEvent<HTMLFormElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    preloadImageParts();
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
    if (imageRefusal) attacher.refuse(imageRefusal);
    else setAttachOpen((open) => !open);
  };

  return (
    <form
      className={`flex flex-col gap-2 rounded-md ${dragging ? 'outline-2 outline-offset-4 outline-dashed outline-groq-strong' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      {...preloadOn(preloadAnswerParts)}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <div className="flex max-h-[35vh] flex-col gap-2 overflow-y-auto empty:hidden">
        {dragging ? (
          <p className="text-sm text-fg-soft">
            {gate.acceptsImages ? 'Drop images to attach them.' : imageRefusal}
          </p>
        ) : null}
        {attachOpen ? (
          <AttachPanel id={panelId} attacher={attacher} onUpload={() => fileInput.current?.click()} />
        ) : null}
        <DraftImages focusAfterRemove={attachButton} />
        <AttachStatus
          attacher={attacher}
          noVisionReason={imageRefusal ?? ''}
          onSwitched={() => setAttachOpen(true)}
        />
        {unavailablePanes.map(({ pane, availability }) => (
          <ModelAvailabilityNotice
            key={pane}
            id={pane === unavailablePanes[0]?.pane ? modelId : undefined}
            availability={availability}
            pane={pane}
          />
        ))}
        <ModelListStatus choosing={choosing} queued={queued} />
        {refusal ? (
          <p role="status" className="text-sm text-amber-800 dark:text-amber-200">
            {refusal}
          </p>
        ) : null}
        <AnswerAnnouncer />
        <VisionProblemsAlert id={problemsId} problems={gate.problems} onMoveSystem={moveSystem} />
        {settingsProblems.length > 0 ? (
          <Notice tone="error" compact>
            <ul id={settingsId}>
              {settingsProblems.map((problem) => (
                // Keyed by the problem, not its changing detail: the item stays and is not re-announced.
                <li key={problem.message.split(': ', 1)[0]} className="flex flex-wrap items-center gap-2">
                  <ProblemMessage message={problem.message} />
                  {problem.fix ? (
                    <Button size="xs" onClick={() => problem.fix && applyFix(problem.pane, problem.fix)}>
                      {problem.fix.label}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
      </div>
      <label htmlFor={id} className="sr-only">
        Message
      </label>
      <TextArea
        id={id}
        data-composer
        dir="auto"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setRefusal(null);
          if (event.target.value.trim() === '') setQueued(false);
        }}
        onKeyDown={submitOnCtrlEnter}
        onPaste={onPaste}
        placeholder="Message (Ctrl+Enter to submit; paste or drop images)"
        rows={3}
        className="max-h-[30vh] min-h-[4.5rem]"
      />
      <ImageFileInput inputRef={fileInput} attacher={attacher} />
      <div className="flex items-center gap-2">
        <Button
          ref={attachButton}
          variant="ghost"
          aria-expanded={attachOpen}
          aria-controls={attachOpen ? panelId : undefined}
          onClick={onAttach}
          {...preloadOn(loadImageAttachments)}
        >
          Attach image
        </Button>
        <LazyPromptTokenCount />
        <span className="flex-1" />
        <ComposerRunsField onProblem={setRunsProblem} />
        {streaming ? (
          <Button
            onClick={() => {
              stop();
              keepFocusInComposer();
            }}
            aria-keyshortcuts="Escape"
          >
            {comparing ? 'Stop all' : 'Stop'}
          </Button>
        ) : null}
        <Button
          type="submit"
          variant="primary"
          size="md"
          disabled={streaming || held}
          aria-describedby={describedBy || undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Submit
        </Button>
      </div>
    </form>
  );
}
