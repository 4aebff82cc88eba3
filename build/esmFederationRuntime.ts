import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { rspack } from '@rspack/core';

/**
 * Rspack's Module Federation plugin imports the federation runtime by absolute paths to its
 * CommonJS builds, which cannot be tree-shaken (the whole SDK, Node.js loaders included, ends
 * up in remoteEntry.js: about 14 KB gzip more). This swaps them, before resolution, for the
 * ES module builds that sit beside them, so only the runtime code actually used is shipped.
 */
function preferEsm(resource: { request: string; context?: string }) {
  if ('createData' in resource && resource.createData) return;
  let request = resource.request;
  if (request === '@module-federation/runtime' && resource.context) {
    request = createRequire(path.join(resource.context, 'index.js')).resolve(request);
  }
  const esm = request.replace(/\.cjs$/, '.js');
  if (path.isAbsolute(request) && esm !== request && existsSync(esm)) resource.request = esm;
}

/** The plugin both Rspack configs add beside ModuleFederationPlugin. */
export const esmFederationRuntime = () =>
  new rspack.NormalModuleReplacementPlugin(/@module-federation[\\/]/, preferEsm);
