/**
 * The record's version and thread cap, apart from the zod schema: saving a conversation needs these
 * but not zod, which is only loaded to validate what is read back (open, import).
 */
export const RECORD_VERSION = 1;
export const MAX_THREADS = 4;
