/**
 * Deterministic "speech recognition": the audio's duration (WAV header, or size at ~16 kB/s) and a hash
 * of its bytes pick sentences from a small bank — about one sentence per 3 seconds, at least one.
 */
import { hashBytes, Prng, round9 } from './tokens';

const BANKS: Record<string, readonly string[]> = {
  en: [
    'Thanks for joining the call today.',
    "Let's start with a quick summary of last week's progress.",
    'The new release is scheduled for the end of the month.',
    'We still need to confirm the budget with the finance team.',
    'Could you share the slides after the meeting?',
    'The weather has been surprisingly warm this week.',
    'I think the second option is simpler to maintain.',
    'Please send me your feedback by Friday.',
    'The prototype handled twice as many requests as before.',
    "Let's schedule a follow-up for next Tuesday.",
    'Our customers asked for a faster way to export their data.',
    'The documentation needs a short getting-started guide.',
    'Latency dropped noticeably after the last deployment.',
    'We should test this with a longer recording as well.',
    "That's everything on my list for today.",
    'Does anyone have questions before we wrap up?',
  ],
  es: [
    'Gracias por acompañarnos hoy.',
    'Empecemos con un breve resumen de la semana pasada.',
    'La nueva versión saldrá a finales de mes.',
    'Por favor, envíame tus comentarios antes del viernes.',
    'El prototipo respondió el doble de rápido.',
    '¿Alguien tiene preguntas antes de terminar?',
  ],
  fr: [
    "Merci de vous joindre à nous aujourd'hui.",
    'Commençons par un bref résumé de la semaine dernière.',
    'La nouvelle version sortira à la fin du mois.',
    "Merci de m'envoyer vos commentaires avant vendredi.",
    'Le prototype a répondu deux fois plus vite.',
    'Avez-vous des questions avant de conclure ?',
  ],
  de: [
    'Danke, dass Sie heute dabei sind.',
    'Beginnen wir mit einer kurzen Zusammenfassung der letzten Woche.',
    'Die neue Version erscheint Ende des Monats.',
    'Bitte schicken Sie mir Ihr Feedback bis Freitag.',
    'Der Prototyp hat doppelt so schnell geantwortet.',
    'Gibt es noch Fragen, bevor wir schließen?',
  ],
};

export const TRANSLATION_LEAD = 'This is the English translation of the recording.';

/** Whisper's languages that have an ISO-639-1 code. */
export const WHISPER_LANGUAGES = new Set(
  `en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr bg lt la mi ml cy
sk te fa lv bn sr az sl kn et mk br eu is hy ne mn bs kk sq sw gl mr pa si km sn yo so af oc ka be tg sd gu am yi lo uz
fo ht ps tk nn mt sa lb my bo tl mg as tt ln ha ba jw su`.split(/\s+/),
);

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish', fr: 'French', de: 'German' };

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

/** Bytes per second assumed for compressed audio when the duration cannot be read from a header. */
export const ESTIMATED_BYTES_PER_SECOND = 16_000;

function ascii(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

/** Duration of a RIFF/WAVE file (data bytes / byte rate), or null when it is not a readable WAV. */
export function wavDurationSeconds(bytes: Uint8Array): number | null {
  if (bytes.length < 12 || ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WAVE') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let byteRate = 0;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = ascii(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ' && size >= 16 && body + 16 <= bytes.length) byteRate = view.getUint32(body + 8, true);
    if (id === 'data') return byteRate > 0 ? Math.min(size, bytes.length - body) / byteRate : null;
    offset = body + size + (size % 2);
  }
  return null;
}

export function audioDurationSeconds(bytes: Uint8Array): number {
  return wavDurationSeconds(bytes) ?? bytes.length / ESTIMATED_BYTES_PER_SECOND;
}

export interface Segment {
  id: number;
  seek: number;
  start: number;
  end: number;
  text: string;
  tokens: number[];
  temperature: number;
  avg_logprob: number;
  compression_ratio: number;
  no_speech_prob: number;
}

export interface Transcript {
  text: string;
  sentences: string[];
  segments: Segment[];
}

const MAX_SENTENCES = 400;

export function transcribe(
  bytes: Uint8Array,
  duration: number,
  options: { language: string; translate: boolean; temperature: number },
): Transcript {
  const rng = new Prng(hashBytes(bytes));
  const bank = options.translate ? BANKS.en : (BANKS[options.language] ?? BANKS.en);
  const count = Math.min(MAX_SENTENCES, Math.max(1, Math.round(duration / 3)));
  const sentences: string[] = [];
  let order = rng.shuffle(bank ?? []);
  for (let i = 0; sentences.length < count; i += 1) {
    if (i >= order.length) {
      order = rng.shuffle(bank ?? []);
      i = 0;
    }
    sentences.push(order[i] ?? '');
  }
  if (options.translate) sentences[0] = TRANSLATION_LEAD;
  const step = duration / sentences.length;
  const segments = sentences.map((sentence, id) => {
    const start = Math.round(id * step * 100) / 100;
    const end = Math.round((id + 1) * step * 100) / 100;
    return {
      id,
      seek: Math.floor(start / 30) * 3000,
      start,
      end,
      text: ` ${sentence}`,
      tokens: [],
      temperature: options.temperature,
      avg_logprob: round9(-0.1 - rng.next() * 0.3),
      compression_ratio: round9(1.1 + rng.next() * 0.5),
      no_speech_prob: round9(rng.next() * 0.02),
    };
  });
  return { text: sentences.join(' ').trim(), sentences, segments };
}
