import './preflight.css';
import { createInstance } from '@module-federation/enhanced/runtime';
import * as React from 'react';
import * as JsxRuntime from 'react/jsx-runtime';
import * as ReactDOM from 'react-dom';
import { createRoot } from 'react-dom/client';

/*
 * A host built on React alone (no Mantine) that loads the remote's default manifest with the
 * Module Federation runtime API, sharing its React the way the runtime's docs show.
 */
const shared = (version: string, lib: () => unknown) => ({
  version,
  lib,
  shareConfig: { singleton: true, requiredVersion: false as const },
});

async function start() {
  const config = (await (await fetch('/config.json')).json()) as { vmOperationsRemoteUrl: string };
  const federation = createInstance({
    name: 'plain_host',
    remotes: [{ name: 'vm_operations', entry: config.vmOperationsRemoteUrl }],
    shared: {
      react: shared(React.version, () => React),
      'react/jsx-runtime': shared(React.version, () => JsxRuntime),
      'react-dom': shared(React.version, () => ReactDOM),
    },
  });
  type Feature = { default: React.ComponentType<{ contextId: string; vmName: string }> };
  let feature: Feature | null = null;

  function Page() {
    const [mounted, setMounted] = React.useState(false);
    return (
      <main>
        <h1>Plain host</h1>
        <p>
          Host text with <a href="#vm-list">the host's VM list</a>.
        </p>
        <input aria-label="Host input" defaultValue="host" />
        <button
          type="button"
          onClick={async () => {
            feature = (await federation.loadRemote<Feature>('vm_operations/VmOperations')) ?? null;
            setMounted(true);
          }}
        >
          Mount the feature
        </button>
        <section aria-label="Feature">
          {mounted && feature ? (
            <feature.default contextId="ctx-pgtest1-20251003-140708" vmName="pgtest1" />
          ) : null}
        </section>
      </main>
    );
  }

  const container = document.getElementById('root');
  if (container) createRoot(container).render(<Page />);
}

void start();
