import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the folder with package.json). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` beside the repository, or $LAGEBILD_SHARED. Gold data is read from here, never copied. */
export function sharedDir(): string {
  return process.env.LAGEBILD_SHARED ? resolve(process.env.LAGEBILD_SHARED) : resolve(repoRoot, '..', 'shared');
}

export function sharedDataPath(...parts: string[]): string {
  return join(sharedDir(), 'data', ...parts);
}

export function hasSharedData(...parts: string[]): boolean {
  return existsSync(sharedDataPath(...parts));
}

export function modelPath(...parts: string[]): string {
  return join(repoRoot, 'models', ...parts);
}
