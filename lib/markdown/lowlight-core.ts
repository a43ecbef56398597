/**
 * lowlight's engine alone, as its own chunk. A dynamic `import('lowlight')` would keep the whole
 * module — its `all` and `common` grammar sets too (250 kB gzip) — so the engine is named statically
 * here, where the bundler can drop the rest, and this file is what lib/markdown/highlight.ts imports
 * on demand.
 */
export { createLowlight } from 'lowlight';
