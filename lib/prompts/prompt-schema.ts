export interface StoredPromptVersion {
  name: string;
  version: number;
  savedAt: number;
}
