import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Where an installed npm package's entry file is. The API runs as a webpack bundle, whose
 * `require.resolve` answers module numbers, not paths; so resolve from the working
 * directory's package.json first (how `npm start` runs), then from this file (tests, tools).
 * Null when it is not installed.
 */
export function resolveInstalledPackage(name: string): string | null {
  for (const base of [join(process.cwd(), 'package.json'), __filename]) {
    try {
      return createRequire(base).resolve(name);
    } catch {
      // try the next base
    }
  }
  return null;
}
