import 'server-only';
import type Redis from 'ioredis';
import { redisClient, StoreUnavailableError } from './limiter-store';

/**
 * The Groq batches and files this deployment created, per owner (a visitor, or the whole deployment
 * when SHARE_BATCHES_ACROSS_VISITORS=1): the Files and Batches routes act only on ids found here.
 * In Redis when REDIS_URL is set (every instance sees the same), else in this process's memory,
 * bounded: each owner keeps its newest ids, and the owners seen least recently are forgotten first.
 * A Redis failure refuses the request (fail closed): ownership never falls back to "anyone".
 */

/** Groq's `GET /batches?id=…` takes at most 200 ids: an owner's list is its newest 200 batches. */
export const MAX_BATCHES_PER_OWNER = 200;
/** Input files plus each batch's output and error file. */
export const MAX_FILES_PER_OWNER = 800;
/** In memory: ids kept in all (≈100 bytes each); the owners seen least recently go first. */
export const MAX_IDS_IN_MEMORY = 100_000;
/** Groq keeps files 30 days; a batch may run 7 days after its file was uploaded. */
const TTL_SECONDS = 40 * 24 * 3600;

/** What is known of an owned file: the tokens its lines may generate, for an input file we checked. */
export interface OwnedFile {
  /** Null for a batch's output or error file (never usable as a batch's input). */
  inputTokens: number | null;
}

export interface OwnedIdStore {
  addBatch(owner: string, id: string): Promise<void>;
  addFile(owner: string, id: string, file: OwnedFile): Promise<void>;
  hasBatch(owner: string, id: string): Promise<boolean>;
  file(owner: string, id: string): Promise<OwnedFile | null>;
  /** Newest first, at most MAX_BATCHES_PER_OWNER. */
  batches(owner: string): Promise<string[]>;
}

interface OwnerRecord {
  batches: Map<string, true>;
  files: Map<string, OwnedFile>;
}

export class MemoryOwnedIds implements OwnedIdStore {
  private readonly owners = new Map<string, OwnerRecord>();
  private total = 0;

  constructor(private readonly maxIds = MAX_IDS_IN_MEMORY) {}

  /** How many ids are kept now (for tests of the bound). */
  get size(): number {
    return this.total;
  }

  private record(owner: string): OwnerRecord | undefined {
    const record = this.owners.get(owner);
    if (record) {
      // Map order is the LRU order: a visit moves the owner to the end.
      this.owners.delete(owner);
      this.owners.set(owner, record);
    }
    return record;
  }

  private add<V>(owner: string, kind: keyof OwnerRecord, id: string, value: V, max: number): void {
    let record = this.record(owner);
    if (!record) {
      record = { batches: new Map(), files: new Map() };
      this.owners.set(owner, record);
    }
    const map = record[kind] as Map<string, V>;
    if (map.delete(id)) this.total -= 1;
    map.set(id, value);
    this.total += 1;
    for (const oldest of map.keys()) {
      if (map.size <= max) break;
      map.delete(oldest);
      this.total -= 1;
    }
    for (const [name, other] of this.owners) {
      if (this.total <= this.maxIds || name === owner) break;
      this.owners.delete(name);
      this.total -= other.batches.size + other.files.size;
    }
  }

  async addBatch(owner: string, id: string): Promise<void> {
    this.add(owner, 'batches', id, true, MAX_BATCHES_PER_OWNER);
  }

  async addFile(owner: string, id: string, file: OwnedFile): Promise<void> {
    // An input file's token count is never replaced by "output file" (null).
    const known = this.owners.get(owner)?.files.get(id);
    this.add(owner, 'files', id, known?.inputTokens != null ? known : file, MAX_FILES_PER_OWNER);
  }

  async hasBatch(owner: string, id: string): Promise<boolean> {
    return this.record(owner)?.batches.has(id) ?? false;
  }

  async file(owner: string, id: string): Promise<OwnedFile | null> {
    return this.record(owner)?.files.get(id) ?? null;
  }

  async batches(owner: string): Promise<string[]> {
    return [...(this.record(owner)?.batches.keys() ?? [])].reverse();
  }
}

/**
 * Per owner: a sorted set of batch ids by time (trimmed to the newest MAX_BATCHES_PER_OWNER) and a
 * hash of file ids (value: the input file's tokens, or "-" for an output file). Both expire
 * TTL_SECONDS after the owner's last new id.
 */
export class RedisOwnedIds implements OwnedIdStore {
  constructor(private readonly redis: Redis) {}

  private async run<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      throw new StoreUnavailableError(error);
    }
  }

  private key(owner: string, kind: 'batches' | 'files'): string {
    return `gp:owned:${owner}:${kind}`;
  }

  async addBatch(owner: string, id: string): Promise<void> {
    const key = this.key(owner, 'batches');
    await this.run(() =>
      this.redis
        .multi()
        .zadd(key, Date.now(), id)
        .zremrangebyrank(key, 0, -(MAX_BATCHES_PER_OWNER + 1))
        .expire(key, TTL_SECONDS)
        .exec(),
    );
  }

  async addFile(owner: string, id: string, file: OwnedFile): Promise<void> {
    const key = this.key(owner, 'files');
    const value = file.inputTokens === null ? '-' : String(file.inputTokens);
    await this.run(async () => {
      if (file.inputTokens === null) await this.redis.hsetnx(key, id, value);
      else await this.redis.hset(key, id, value);
      // The hash is not trimmed by age: past the cap, new files still count (the TTL clears it).
      await this.redis.expire(key, TTL_SECONDS);
    });
  }

  async hasBatch(owner: string, id: string): Promise<boolean> {
    const score = await this.run(() => this.redis.zscore(this.key(owner, 'batches'), id));
    return score !== null;
  }

  async file(owner: string, id: string): Promise<OwnedFile | null> {
    const value = await this.run(() => this.redis.hget(this.key(owner, 'files'), id));
    if (value === null) return null;
    return { inputTokens: value === '-' ? null : Number(value) };
  }

  async batches(owner: string): Promise<string[]> {
    return this.run(() => this.redis.zrevrange(this.key(owner, 'batches'), 0, MAX_BATCHES_PER_OWNER - 1));
  }
}

const stores = globalThis as typeof globalThis & { __playgroundOwnedIds?: Map<string, OwnedIdStore> };

/** One store per Redis URL (or memory) per process, shared by every route bundle. */
export function ownedIds(redisUrl: string | undefined): OwnedIdStore {
  stores.__playgroundOwnedIds ??= new Map();
  const key = redisUrl ?? 'memory';
  let store = stores.__playgroundOwnedIds.get(key);
  if (!store) {
    store = redisUrl ? new RedisOwnedIds(redisClient(redisUrl)) : new MemoryOwnedIds();
    stores.__playgroundOwnedIds.set(key, store);
  }
  return store;
}
