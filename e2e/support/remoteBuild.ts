import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { rspackBuild } from './command';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A production build of the remote in a temporary folder, and how to delete it. */
export interface RemoteBuild {
  dist: string;
  remove(): Promise<void>;
}

/**
 * Builds a release of the remote into a new temporary folder, with the command its team
 * releases with (deploy/nginx/README.md): `rspack build -c remote/rspack.config.ts`, here with
 * `REMOTE_OUTPUT_PATH` and `REMOTE_BUILD_LABEL` set. It runs in its own Node process, as
 * `pnpm build` does: a build inside the test process would bundle the federation runtime as
 * the test's TypeScript loader rewrote it.
 */
export async function buildRemote(buildLabel: string): Promise<RemoteBuild> {
  const dir = await mkdtemp(path.join(tmpdir(), `vm-operations-${buildLabel}-`));
  const dist = path.join(dir, 'dist');
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const output = await rspackBuild(path.join(here, '../../remote/rspack.config.ts'), {
      REMOTE_OUTPUT_PATH: dist,
      REMOTE_BUILD_LABEL: buildLabel,
    });
    // CI forces colours: drop the escape codes before reading the summary line.
    const plain = stripVTControlCharacters(output);
    if (!/compiled successfully/.test(plain))
      throw new Error(`Unexpected build output:\n${output}`);
  } catch (error) {
    await remove();
    throw error;
  }
  return { dist, remove };
}
