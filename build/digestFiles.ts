import type { Hash } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Adds every file under `folder` to `hash`, in name order: its path relative to `base`, then
 * its bytes. `skip` leaves out an entry (a folder with all it holds). The same tree gives the
 * same digest on any machine; a file added, removed, renamed or edited changes it.
 */
export function digestFiles(
  hash: Hash,
  folder: string,
  { base, skip }: { base: string; skip: (entry: Dirent) => boolean },
): Hash {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    if (skip(entry)) continue;
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) digestFiles(hash, file, { base, skip });
    else hash.update(path.relative(base, file)).update(readFileSync(file));
  }
  return hash;
}
