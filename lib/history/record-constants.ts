/**
 * The record's version, thread cap and id length, apart from the zod schema: saving a conversation needs these
 * but not zod, which is only loaded to validate what is read back (open, import).
 */
export const RECORD_VERSION = 1;
export const MAX_THREADS = 4;
/** A record's id (and each turn's): 1 to this many characters. */
export const MAX_RECORD_ID_LENGTH = 200;
