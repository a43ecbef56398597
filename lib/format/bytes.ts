const KB = 1024;
const MB = 1024 * 1024;

/**
 * A size as people read it, in the binary units the app's limits use (Groq's "4 MB" is 4 × 1024²):
 * "812 bytes", "103 KB" (whole kilobytes), "6.1 MB". One convention for every size on screen.
 */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kilobytes = Math.round(bytes / KB);
  if (kilobytes < KB) return `${kilobytes} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}
