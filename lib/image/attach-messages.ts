/**
 * The two sentences the composer needs before any image is attached (kept apart from messages.ts,
 * whose size formatting loads with the first image). Pure.
 */

export function noVisionReason(modelName: string): string {
  return `${modelName} does not accept images.`;
}

export function preparingNotice(name: string): string {
  return `Preparing ${name}…`;
}
