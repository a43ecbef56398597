import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parseWav } from '../lib/tts/wav';
import { PlaygroundPage } from './pages/playground-page';
import { sineWav } from './support/audio';
import { expect, test } from './support/fixtures';
import { todaySimulator } from './support/simulator';

// Orpheus is in today's lineup only: these stories run against the today simulator.
const clearSimulatorRequests = todaySimulator.clear;
const simulatorRequests = todaySimulator.requests;

const ENGLISH = 'canopylabs/orpheus-v1-english';
const ARABIC = 'canopylabs/orpheus-arabic-saudi';

/** 480 characters in five sentences: three requests of at most 200 characters each. */
const LONG_TEXT = [
  'Groq runs language models on its own chips, called LPUs, and answers arrive almost at once.',
  'This playground lets you try those models in the browser without writing any code first.',
  'Text to speech turns what you type into a voice, one short piece at a time, because each request takes at most two hundred characters.',
  'Long text is split at the ends of sentences, sent in order, and joined back into a single recording.',
  'Play it right here, or download it as one WAV file and keep it.',
].join(' ');

type SpeechBody = { model: string; voice: string; input: string; response_format?: string };

const speechRequests = async () =>
  (await simulatorRequests()).filter((r) => r.path === '/openai/v1/audio/speech');

/** Text to Speech as a user sees it: controls found by role and accessible name. */
class TtsPage {
  constructor(readonly page: Page) {}
  readonly model = () => this.page.getByRole('combobox', { name: 'Model' });
  readonly voice = () => this.page.getByRole('combobox', { name: 'Voice' });
  readonly text = () => this.page.getByRole('textbox', { name: 'Text' });
  readonly format = () => this.page.getByRole('combobox', { name: 'Response Format' });
  readonly task = (name: string) => this.page.getByRole('radio', { name, exact: true });
  /** Speech mode's two views: the tabs "Speech to Text" and "Text to Speech". */
  readonly view = (name: 'Speech to Text' | 'Text to Speech') =>
    this.page.getByRole('tablist', { name: 'Speech' }).getByRole('tab', { name, exact: true });
  readonly modeTab = (name: 'Chat' | 'Speech') =>
    this.page.getByRole('tablist', { name: 'Mode' }).getByRole('tab', { name, exact: true });
  readonly button = (name: string) => this.page.getByRole('button', { name, exact: true });
  readonly result = () => this.page.getByRole('region', { name: 'Result' });
  readonly player = () => this.result().locator('audio');

  /** Opens the playground fresh, optionally with saved Text to Speech options. */
  async open(path = '/', saved?: Record<string, unknown>) {
    const playground = new PlaygroundPage(this.page);
    await playground.reset();
    if (saved) {
      await this.page.evaluate(
        (state) => localStorage.setItem('groq-playground:tts', JSON.stringify({ state, version: 1 })),
        saved,
      );
    }
    await playground.goto(path);
    if (!path.includes('model=')) await this.modeTab('Speech').click();
    await expect(this.page.locator('[data-speech-ready="true"]')).toBeVisible();
  }

  /** Waits for the joined audio to load, plays it and checks that time moves. */
  async expectPlays() {
    const player = this.player();
    await expect(player).toHaveCount(1);
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.readyState)).toBeGreaterThanOrEqual(1);
    await player.evaluate((a: HTMLAudioElement) => {
      a.muted = true;
      return a.play();
    });
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.2);
    return player.evaluate((a: HTMLAudioElement) => a.duration);
  }
}

/** Counts the browser's calls to /api/tts from now on. */
function countSpeechCalls(page: Page): { count: () => number } {
  let calls = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/tts')) calls += 1;
  });
  return { count: () => calls };
}

test.beforeEach(async () => {
  await clearSimulatorRequests();
});

test('a deep link opens Text to Speech; troy reads a sentence in one request and the player plays it', async ({
  page,
}) => {
  const tts = new TtsPage(page);
  await tts.open(`/?model=${ENGLISH}`);
  await expect(tts.modeTab('Speech')).toHaveAttribute('aria-selected', 'true');
  await expect(tts.view('Text to Speech')).toHaveAttribute('aria-selected', 'true');
  await expect(tts.model()).toHaveValue(ENGLISH);
  const voices = await tts.voice().locator('option').allTextContents();
  expect(voices).toEqual([
    'autumn (female)',
    'diana (female)',
    'hannah (female)',
    'austin (male)',
    'daniel (male)',
    'troy (male)',
  ]);
  await expect(tts.format().locator('option')).toHaveText(['WAV']);
  await expect(page.getByRole('combobox', { name: 'Sample Rate' })).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Speed' })).toHaveCount(0);

  await tts.voice().selectOption('troy');
  await tts.text().fill('Hello from the Groq playground.');
  await expect(page.getByText('31 characters', { exact: true })).toBeVisible();
  await tts.button('Generate').click();
  const seconds = await tts.expectPlays();
  expect(seconds).toBeGreaterThan(1);

  const sent = await speechRequests();
  expect(sent).toHaveLength(1);
  expect(sent[0]?.body).toEqual({
    model: ENGLISH,
    voice: 'troy',
    input: 'Hello from the Groq playground.',
    response_format: 'wav',
  });
  await expect(tts.result()).toContainText(/Request id:req_\w+/);
  await expect(tts.result()).toContainText('Characters:31');
  await expect(tts.result()).toContainText(/Duration:\d+\.\d\d s/);

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await tts.button('View code').click();
  const code = page.getByRole('dialog', { name: 'View code' });
  await expect(code).toContainText('https://api.groq.com/openai/v1/audio/speech');
  await expect(code).toContainText("-o 'hello-from-the-groq-playground.wav'");
  await code.getByRole('tab', { name: 'Python' }).click();
  await expect(code).toContainText('client.audio.speech.create(');
  await expect(code).toContainText('response.write_to_file("hello-from-the-groq-playground.wav")');
  await code.getByRole('tab', { name: 'JSON' }).click();
  await expect(code).toContainText('"voice": "troy"');
  await code.getByRole('button', { name: 'Close' }).click();

  await tts.button('Inspect').click();
  const inspect = page.getByRole('dialog', { name: 'Inspect' });
  await expect(inspect.getByRole('region', { name: 'Request' })).toContainText('"voice": "troy"');
  await expect(inspect.getByRole('region', { name: 'Rate limits' })).toContainText(
    'x-ratelimit-remaining-requests',
  );
});

test('480 characters go out as three requests of at most 200 that join back, play as one audio and download as one WAV', async ({
  page,
}) => {
  expect(LONG_TEXT).toHaveLength(480);
  const tts = new TtsPage(page);
  await tts.open(`/?model=${ENGLISH}`);
  await tts.voice().selectOption('diana');
  await tts.text().fill(LONG_TEXT);
  await expect(page.getByText('480 characters · sent as 3 requests of at most 200 characters')).toBeVisible();
  await page.keyboard.press('Control+Enter');
  const seconds = await tts.expectPlays();

  const inputs = (await speechRequests()).map((r) => (r.body as SpeechBody).input);
  expect(inputs).toHaveLength(3);
  for (const input of inputs) expect(input.length).toBeLessThanOrEqual(200);
  expect(inputs.join(' ')).toBe(LONG_TEXT);
  await expect(tts.result()).toContainText('Requests:3');
  await expect(tts.result().getByRole('list', { name: 'Pieces' }).getByRole('listitem')).toHaveCount(3);

  const download = page.waitForEvent('download');
  await tts.result().getByRole('link', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('groq-runs-language-models-on-its-own-chips-called.wav');
  const wav = parseWav(new Uint8Array(await readFile((await file.path()) as string)));
  expect(wav.format).toMatchObject({ audioFormat: 1, sampleRate: 24_000, channels: 1 });
  expect(wav.durationSeconds).toBeCloseTo(seconds, 1);
  expect(wav.durationSeconds).toBeGreaterThan(10);
});

test('an empty text or a voice the model lacks is refused in the browser and never sent', async ({
  page,
}) => {
  const calls = countSpeechCalls(page);
  const alert = () => page.getByRole('main').getByRole('alert');
  const tts = new TtsPage(page);
  // A saved voice the model does not offer (Groq retires voices, as the old Arabic list shows).
  await tts.open('/', { active: true, model: ARABIC, voice: 'troy', text: 'مرحبا بكم' });
  await expect(tts.voice()).toHaveValue('troy');
  await tts.button('Generate').click();
  await expect(alert()).toHaveText(
    `“troy” is not a voice of Orpheus Arabic (Saudi) (${ARABIC}). Choose one of: abdullah, fahad, sultan, lulwa, noura, aisha.`,
  );
  await tts.voice().selectOption('noura');
  await expect(alert()).toHaveCount(0);

  await tts.text().fill('   ');
  await tts.button('Generate').click();
  await expect(alert()).toHaveText('Enter some text to speak: the text is empty.');
  await expect(tts.text()).toHaveAttribute('aria-invalid', 'true');
  expect(calls.count()).toBe(0);
  expect(await speechRequests()).toEqual([]);
});

test('the Arabic model lists its own voices and no vocal directions; English inserts one at the caret', async ({
  page,
}) => {
  const tts = new TtsPage(page);
  await tts.open(`/?model=${ENGLISH}`);
  await tts.text().fill('Good morning everyone.');
  await tts.text().press('Home');
  await page.getByRole('button', { name: '[cheerful]', exact: true }).click();
  await expect(tts.text()).toHaveValue('[cheerful] Good morning everyone.');
  await expect(tts.text()).toBeFocused();

  await tts.model().selectOption(ARABIC);
  await expect(tts.voice()).toHaveValue('fahad');
  await expect(tts.voice().locator('option')).toHaveText([
    'lulwa (female)',
    'noura (female)',
    'aisha (female)',
    'abdullah (male)',
    'fahad (male)',
    'sultan (male)',
  ]);
  await expect(page.getByRole('button', { name: '[cheerful]' })).toHaveCount(0);
  await expect(tts.text()).toHaveAttribute('lang', 'ar-SA');

  // Back to transcription and the Whisper models; the chat picker has no TTS models either.
  await tts.view('Speech to Text').click();
  await expect(page.getByRole('button', { name: 'Upload audio' })).toBeVisible();
  await expect(tts.model().locator('option', { hasText: 'orpheus' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Chat' }).click();
  await expect(page.getByRole('combobox', { name: 'Model' }).locator('option')).not.toHaveCount(0);
  await expect(
    page.getByRole('combobox', { name: 'Model' }).locator('option', { hasText: 'orpheus' }),
  ).toHaveCount(0);
});

test('a failed piece shows its error and keeps the pieces made before it; Stop cancels the rest', async ({
  page,
}) => {
  const tts = new TtsPage(page);
  await tts.open(`/?model=${ENGLISH}`);
  const sentences = LONG_TEXT.split(/(?<=\.) /);
  await tts.text().fill(`${sentences.slice(0, 4).join(' ')} Then it breaks [sim:503].`);
  await tts.button('Generate').click();
  await expect(tts.result()).toContainText(
    'Piece 3 of 3 failed. The audio below holds the 2 of 3 pieces made before it.',
  );
  await expect(tts.result().getByRole('alert')).toContainText('Service Unavailable');
  await tts.expectPlays();

  // Four pieces: the second and third are slow, so at Stop one is made, two are running, one waits.
  await clearSimulatorRequests();
  const [s1, s2, s3, s4] = sentences;
  await tts.text().fill(`${s1} ${s2} ${s3} Slow one [sim:slow:8000]. ${s4} Slow two [sim:slow:8000]. ${s3}`);
  await expect(page.getByText(/sent as 4 requests/)).toBeVisible();
  await tts.button('Generate').click();
  await expect(page.getByRole('status').filter({ hasText: 'Generating piece 2 of 4…' })).toBeVisible();
  await expect(tts.result().getByText('generating…', { exact: true })).toHaveCount(2);
  await expect.poll(async () => (await speechRequests()).length).toBe(3);
  await tts.button('Stop').click();
  await expect(tts.result()).toContainText('Stopped — the remaining pieces were cancelled.');
  await expect(tts.result()).toContainText('holds the 1 of 4 pieces');
  const pieces = tts.result().getByRole('list', { name: 'Pieces' });
  await expect(pieces.getByText('cancelled', { exact: true })).toHaveCount(2);
  await expect(pieces.getByText('not sent', { exact: true })).toHaveCount(1);
  await expect.poll(async () => (await speechRequests()).filter((r) => r.aborted).length).toBe(2);
  expect((await speechRequests()).length).toBe(3);
  await tts.expectPlays();
});

test('links to retired speech models name the shutdown, send nothing, and offer the live replacement', async ({
  page,
}) => {
  const tts = new TtsPage(page);
  // Speech to Text: distil-whisper was shut down on 2025-08-23.
  await tts.open('/?model=distil-whisper-large-v3-en');
  const distil = page
    .getByRole('alert')
    .filter({ hasText: 'distil-whisper-large-v3-en was retired by Groq on 2025-08-23' });
  await expect(distil).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(sineWav(2, { name: 'clip.wav' }));
  await expect(tts.button('Transcribe')).toBeDisabled();
  await page.keyboard.press('Control+Enter');
  await distil.getByRole('button', { name: 'Use whisper-large-v3-turbo', exact: true }).click();
  await expect(tts.model()).toHaveValue('whisper-large-v3-turbo');
  await expect(distil).toBeHidden();
  await tts.button('Transcribe').click();
  await expect(tts.result()).toBeVisible();
  await expect
    .poll(async () =>
      (await simulatorRequests())
        .filter((r) => r.path.includes('/audio/'))
        .map((r) => (r.body as { fields?: { model?: string } }).fields?.model),
    )
    .toEqual(['whisper-large-v3-turbo']);

  // Text to Speech: PlayAI was shut down on 2025-12-31; Orpheus replaces it.
  await tts.open('/?model=playai-tts');
  const playai = page.getByRole('alert').filter({ hasText: 'playai-tts was retired by Groq on 2025-12-31' });
  await expect(playai).toBeVisible();
  await tts.text().fill('Hello there.');
  await expect(tts.button('Generate')).toBeDisabled();
  await playai.getByRole('button', { name: `Use ${ENGLISH}`, exact: true }).click();
  await expect(tts.model()).toHaveValue(ENGLISH);
  await tts.button('Generate').click();
  await expect
    .poll(async () => (await speechRequests()).map((r) => (r.body as SpeechBody).model))
    .toEqual([ENGLISH]);
});
