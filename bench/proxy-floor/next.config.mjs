import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolve packages from the project's node_modules (two levels up), like the app itself.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @type {import('next').NextConfig} */
export default { poweredByHeader: false, turbopack: { root } };
