/**
 * The deepest nesting of arrays and objects in a JSON text, found with one linear scan that never
 * recurses — checked before JSON.parse and the schema walk, both of which recurse and would overflow
 * the stack on a body like `[[[[…]]]]` ten thousand levels deep. Stops counting past `stopAt`.
 */
export const MAX_JSON_DEPTH = 64;

export function jsonDepth(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}
