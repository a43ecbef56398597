/**
 * Large PNG outputs of executed code stay out of share links and localStorage. Apart from the rest of
 * the executed-tools code, which streams and renders tools: saving a conversation needs only this.
 */

/** PNGs above this size stay out of share links and saved conversations; text and charts stay. */
export const MAX_KEPT_PNG_CHARS = 16_000;

interface WithCodeResults {
  code_results?: { png?: string }[];
}

/** The tools with large PNG results dropped (counted), for links and localStorage. */
export function withoutLargePngs<T extends WithCodeResults>(
  tools: readonly T[],
): { tools: T[]; omittedImages: number } {
  let omittedImages = 0;
  const kept = tools.map((tool) => {
    if (!tool.code_results?.some((r) => (r.png?.length ?? 0) > MAX_KEPT_PNG_CHARS)) return tool;
    return {
      ...tool,
      code_results: tool.code_results.map(({ png, ...rest }) => {
        if (png && png.length > MAX_KEPT_PNG_CHARS) {
          omittedImages += 1;
          return rest;
        }
        return png ? { ...rest, png } : rest;
      }),
    };
  });
  return { tools: kept, omittedImages };
}
