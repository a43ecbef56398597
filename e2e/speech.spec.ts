import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page';
import { oversizedWav, sineWav, textFile } from './support/audio';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { expect, test } from './support/fixtures';
import { clearSimulatorRequests, simulatorRequests } from './support/simulator';

/** The playground; Speech is a tab of the header's Mode switch. */
const HOME = '/';

const audioRequests = async () => (await simulatorRequests()).filter((r) => r.path.includes('/audio/'));

/** Speech mode as a user sees it: controls found by role and accessible name. */
class SpeechPage {
  constructor(readonly page: Page) {}
  readonly modeTab = (name: 'Chat' | 'Speech') =>
    this.page.getByRole('tablist', { name: 'Mode' }).getByRole('tab', { name });
  readonly model = () => this.page.getByRole('combobox', { name: 'Model' });
  readonly format = () => this.page.getByRole('combobox', { name: 'Response Format' });
  readonly language = () => this.page.getByRole('combobox', { name: 'Language' });
  readonly prompt = () => this.page.getByRole('textbox', { name: 'Prompt' });
  readonly task = (name: 'Transcribe' | 'Translate') => this.page.getByRole('radio', { name });
  readonly button = (name: string) => this.page.getByRole('button', { name, exact: true });
  readonly fileInput = () => this.page.locator('input[type=file]');
  readonly result = () => this.page.getByRole('region', { name: 'Result' });
  readonly text = () => this.page.getByTestId('speech-text');
  readonly segments = () => this.page.getByRole('list', { name: 'Segments' }).getByRole('button');

  async open() {
    const playground = new PlaygroundPage(this.page);
    await playground.reset();
    await playground.goto(HOME);
    await this.modeTab('Speech').click();
    await expect(this.page.locator('[data-speech-ready="true"]')).toBeVisible();
  }
}

/** Counts the browser's calls to /api/stt/* from now on. */
function countAudioCalls(page: Page): { count: () => number } {
  let calls = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/stt/')) calls += 1;
  });
  return { count: () => calls };
}

/**
 * Chromium's fake capture device (a beeping tone) with the prompt auto-accepted. Launch options force
 * a new browser, which Playwright only allows per file, so the whole file runs with them; the other
 * stories don't touch the microphone. The rest are playwright.config.ts's args.
 */
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

test.beforeEach(async () => {
  await clearSimulatorRequests();
});

test('upload a WAV, transcribe it with segments, play from a segment, inspect and view the code', async ({
  page,
}) => {
  const speech = new SpeechPage(page);
  await speech.open();
  await expect(page.getByRole('combobox', { name: 'Model' })).toHaveCount(1);
  await speech.model().selectOption('whisper-large-v3-turbo');
  await speech.format().selectOption('verbose_json');
  await speech.language().selectOption('en');
  await speech.prompt().fill('GroqCloud, LPU');
  await speech.fileInput().setInputFiles(sineWav(9, { name: 'tone.wav' }));
  await expect(page.getByRole('region', { name: 'Chosen audio' })).toContainText('tone.wav');

  await speech.button('Transcribe').click();
  await expect(speech.text()).toHaveText(/^\S.*[.?!]$/);
  await expect(speech.segments()).toHaveCount(3);
  await expect(speech.segments().first()).toContainText('0:00.0–0:03.0');
  await expect(speech.result()).toContainText(/Request time:\d+ ms/);
  await expect(speech.result()).toContainText('Audio duration:9.00 s');

  const [upstream] = await audioRequests();
  expect(upstream?.path).toBe('/openai/v1/audio/transcriptions');
  expect(upstream?.body).toMatchObject({
    fields: {
      model: 'whisper-large-v3-turbo',
      response_format: 'verbose_json',
      language: 'en',
      prompt: 'GroqCloud, LPU',
    },
    file: { name: 'tone.wav', size: sineWav(9).buffer.length },
  });

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await speech.segments().nth(1).click();
  await expect
    .poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime))
    .toBeGreaterThanOrEqual(3);

  await speech.button('Inspect').click();
  const inspect = page.getByRole('dialog', { name: 'Inspect' });
  await expect(inspect.getByRole('region', { name: 'Request' })).toContainText('"name": "tone.wav"');
  await expect(inspect.getByRole('region', { name: 'Response' })).toContainText('"segments"');
  await expect(inspect.getByRole('region', { name: 'Rate limits' })).toContainText(
    'x-ratelimit-remaining-requests',
  );
  await inspect.getByRole('button', { name: 'Close' }).click();

  await speech.button('View code').click();
  const code = page.getByRole('dialog', { name: 'View code' });
  await expect(code).toContainText("-F 'file=@tone.wav'");
  await expect(code).toContainText("-F 'response_format=verbose_json'");
  await code.getByRole('tab', { name: 'Python' }).click();
  await expect(code).toContainText('client.audio.transcriptions.create(');
  await code.getByRole('tab', { name: 'JavaScript' }).click();
  await expect(code).toContainText('file: fs.createReadStream("tone.wav")');
});

test('translate with whisper-large-v3; turbo cannot translate and says why', async ({ page }) => {
  const speech = new SpeechPage(page);
  await speech.open();
  await speech.model().selectOption('whisper-large-v3-turbo');
  await expect(speech.task('Translate')).toBeDisabled();
  await expect(page.getByText('whisper-large-v3-turbo does not support translation')).toBeVisible();

  await speech.model().selectOption('whisper-large-v3');
  await speech.task('Translate').check();
  await expect(speech.language()).toBeDisabled();
  await speech.fileInput().setInputFiles(sineWav(4, { name: 'spanish.wav' }));
  await speech.button('Translate').click();
  await expect(speech.text()).toContainText('This is the English translation of the recording.');

  const [upstream] = await audioRequests();
  expect(upstream?.path).toBe('/openai/v1/audio/translations');
  expect(upstream?.body).toMatchObject({ fields: { model: 'whisper-large-v3', response_format: 'json' } });
});

test('a 26 MB file and a text file are refused in the browser with the reason, and nothing is sent', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const speech = new SpeechPage(page);
  await speech.open();
  const calls = countAudioCalls(page);

  await speech.fileInput().setInputFiles(oversizedWav(26, 'long-meeting.wav'));
  const refusal = page.getByRole('alert').filter({ hasText: 'long-meeting.wav' });
  await expect(refusal).toContainText('Request Entity Too Large: the audio file is 26.0 MB (max 25 MB).');
  await expect(refusal).toContainText('ffmpeg -i <your file> -ar 16000 -ac 1 -map 0:a: <output file name>');
  await expect(refusal).toContainText('16 kHz mono');

  await speech.fileInput().setInputFiles(textFile('notes.txt'));
  await expect(page.getByRole('alert').filter({ hasText: 'notes.txt' })).toContainText(
    'Unsupported file type (.txt): file must be one of the following types: [flac mp3 mp4 mpeg mpga m4a ogg wav webm]',
  );
  await expect(speech.button('Transcribe')).toBeDisabled();
  expect(calls.count()).toBe(0);
  expect(await audioRequests()).toHaveLength(0);
});

test('a 20 MB WAV (under the 25 MB limit) uploads and transcribes', async ({ page }) => {
  test.setTimeout(60_000);
  const speech = new SpeechPage(page);
  await speech.open();
  const big = oversizedWav(20, 'interview.wav');
  await speech.fileInput().setInputFiles(big);
  await speech.button('Transcribe').click();
  await expect(speech.text()).toHaveText(/^\S.*[.?!]$/, { timeout: 30_000 });
  const [upstream] = await audioRequests();
  expect(upstream?.body).toMatchObject({ file: { name: 'interview.wav', size: big.buffer.length } });
});

test('Ctrl+Enter sends, and Stop (or Esc) cancels the upload and the upstream request', async ({ page }) => {
  const speech = new SpeechPage(page);
  await speech.open();
  await speech.prompt().fill('[sim:slow:8000]');
  await speech.fileInput().setInputFiles(sineWav(2));
  await speech.prompt().press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Transcribing tone.wav' })).toBeVisible();
  await expect.poll(async () => (await audioRequests()).length).toBe(1);
  await page.keyboard.press('Escape');
  await expect(speech.result()).toContainText('Stopped');
  await expect.poll(async () => (await audioRequests())[0]?.aborted, { timeout: 5000 }).toBe(true);

  await speech.button('Transcribe').click();
  await expect.poll(async () => (await audioRequests()).length).toBe(2);
  await speech.button('Stop').click();
  await expect(speech.result()).toContainText('Stopped');
  await expect.poll(async () => (await audioRequests())[1]?.aborted, { timeout: 5000 }).toBe(true);
});

test('?model=whisper-large-v3 opens Speech mode with that model', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.reset();
  await playground.goto(`${HOME}?model=whisper-large-v3`);
  const speech = new SpeechPage(page);
  await expect(speech.modeTab('Speech')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-speech-ready="true"]')).toBeVisible();
  await expect(speech.model()).toHaveValue('whisper-large-v3');
  await expect(page.getByRole('combobox', { name: 'Model' })).toHaveCount(1);

  // The Mode tabs work from the keyboard; Chat brings back the chat Model picker, alone.
  await speech.modeTab('Speech').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(speech.modeTab('Chat')).toHaveAttribute('aria-selected', 'true');
  await expect(speech.modeTab('Chat')).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Model' })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Model' })).not.toHaveValue('whisper-large-v3');
  await page.keyboard.press('ArrowRight');
  await expect(speech.model()).toHaveValue('whisper-large-v3');
});

test.describe('with a fake microphone', () => {
  test.use({ permissions: ['microphone'] });

  test('record with the level meter and clock, stop, and transcribe the recording', async ({ page }) => {
    const speech = new SpeechPage(page);
    await speech.open();
    await speech.button('Record').click();
    await expect(speech.button('Stop recording')).toBeFocused();
    await expect(page.getByRole('timer')).toHaveText(/0:0[1-9]/, { timeout: 5000 });
    const meter = page.getByRole('meter', { name: 'Input level' });
    await expect
      .poll(() => meter.evaluate((m: HTMLMeterElement) => m.value), { timeout: 5000 })
      .toBeGreaterThan(0);
    await speech.button('Stop recording').click();

    const chosen = page.getByRole('region', { name: 'Chosen audio' });
    await expect(chosen).toContainText(/recording-.*\.webm/);
    await expect(chosen).toContainText('recorded here');
    await speech.button('Transcribe').click();
    await expect(speech.text()).toHaveText(/^\S.*[.?!]$/);
    const [upstream] = await audioRequests();
    expect(upstream?.body).toMatchObject({ file: { type: 'audio/webm' } });
    expect((upstream?.body as { file: { size: number } } | undefined)?.file.size).toBeGreaterThan(0);
  });
});
