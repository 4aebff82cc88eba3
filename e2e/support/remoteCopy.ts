import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * A copy of the remote's production build that a test may break (a file missing, a chunk that
 * throws) and restore, served from its own origin like the real one. The copy is taken once,
 * so builds made by others while the tests run do not mix in.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RemoteCopy {
  /** The folder to serve (`remoteDist`). */
  dir: string;
  /** The one file of the copy whose name matches, e.g. the exposed module's chunk. */
  fileMatching(pattern: RegExp): string;
  /**
   * Deletes a file of the copy (the server then answers 404 for it), in the default build and
   * in its lean counterpart (`lean/`, built from the same sources: the same file, its hash aside).
   */
  remove(file: string): void;
  /**
   * Replaces `search` with `replacement` in a file of the copy (and its lean counterpart). Throws when `search` does not
   * occur exactly once, so a changed build cannot silently leave the file intact.
   */
  patch(file: string, search: string, replacement: string): void;
  /** Puts every file back as it was built. */
  restore(): void;
  /** Deletes the copy. */
  dispose(): void;
}

/** Copies the remote's build (default `remote/dist`) to a temporary folder. */
export function copyRemoteBuild(source = path.join(repoRoot, 'remote/dist')): RemoteCopy {
  const root = mkdtempSync(path.join(tmpdir(), 'e2e-remote-'));
  const pristine = path.join(root, 'pristine');
  const dir = path.join(root, 'served');
  cpSync(source, pristine, { recursive: true });
  cpSync(pristine, dir, { recursive: true });
  const inCopy = (file: string) => {
    const resolved = path.resolve(dir, file);
    if (!resolved.startsWith(`${dir}${path.sep}`)) throw new Error(`${file} is not in the copy`);
    return resolved;
  };
  // The file of the lean build (host-shell loads that one) that matches a default build's file.
  const withLeanCounterpart = (file: string): string[] => {
    const leanDir = path.join(pristine, 'lean');
    if (!existsSync(leanDir) || file.includes('/')) return [file];
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${escaped.replace(/\\\.[0-9a-f]{8}\\\./, '\\.[0-9a-f]+\\.')}$`);
    const matches = readdirSync(leanDir).filter((name) => pattern.test(name));
    if (matches.length !== 1) {
      throw new Error(`Expected one lean counterpart of ${file}, found ${matches.length}`);
    }
    return [file, `lean/${matches[0]}`];
  };
  return {
    dir,
    fileMatching(pattern) {
      const matches = readdirSync(pristine).filter((name) => pattern.test(name));
      if (matches.length !== 1) {
        throw new Error(
          `Expected one file of the remote build to match ${pattern}, found ${matches.length}`,
        );
      }
      return matches[0] as string;
    },
    remove(file) {
      for (const each of withLeanCounterpart(file)) rmSync(inCopy(each));
    },
    patch(file, search, replacement) {
      for (const each of withLeanCounterpart(file)) {
        const text = readFileSync(inCopy(each), 'utf8');
        const occurrences = text.split(search).length - 1;
        if (occurrences !== 1) {
          throw new Error(
            `Expected ${JSON.stringify(search)} once in ${each}, found ${occurrences}`,
          );
        }
        writeFileSync(
          inCopy(each),
          text.replace(search, () => replacement),
        );
      }
    },
    restore() {
      rmSync(dir, { recursive: true, force: true });
      cpSync(pristine, dir, { recursive: true });
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
