/** A typed number clamped to [min, max] and rounded to `step` (whole numbers for steps ≥ 1). */
export function snapToRange(value: number, min: number, max: number, step: number): number {
  const clamped = Math.min(max, Math.max(min, value));
  const rounded = step >= 1 ? Math.round(clamped) : Math.round(clamped / step) * step;
  return Number(rounded.toFixed(4));
}
