import { createInstance } from '@module-federation/enhanced/runtime';
import {
  applySavedColorScheme,
  currentVmName,
  fetchVm,
  startLiveFailover,
  type Vm,
} from '../../shared/vm';

/*
 * A dashboard page without React: the feature comes from the bridge build, whose modules are
 * bridge providers (`render` into an element with the props, `destroy`) on the remote's own React.
 */

const REMOTE = 'vm_operations_bridge';
const MODULE = `${REMOTE}/VmOperations`;

interface BridgeProvider {
  render(info: { moduleName: string; dom: HTMLElement } & Record<string, unknown>): Promise<void>;
  destroy(info: { moduleName: string; dom: HTMLElement }): void;
}

applySavedColorScheme();

const federation = createInstance({ name: 'no_react_host', remotes: [] });

/** An element with its text; the page sets no HTML. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const vmName = currentVmName();
const toggle = el('button', { type: 'button', 'aria-expanded': 'true' }, 'Hide recent operations');
const notice = el('p', { role: 'status' });
const slot = el('div');
const section = el('section', { 'aria-label': 'VM operations' }, notice, slot);
const main = el(
  'main',
  {},
  el('h1', {}, vmName),
  el('p', {}, 'Replication and failover history. ', el('a', { href: '/' }, 'All VMs')),
  el(
    'form',
    {},
    el('label', { for: 'vm-search' }, 'Find a VM '),
    el('input', { id: 'vm-search', type: 'search' }),
    el('button', { type: 'button' }, 'Refresh'),
  ),
  el('h2', {}, 'Recent operations'),
  toggle,
  section,
);
document
  .getElementById('root')
  ?.append(el('nav', {}, el('a', { href: '/' }, 'MigrateKit OSSEA')), main);

let mounted: { provider: BridgeProvider; dom: HTMLElement } | null = null;
// Bumped on every mount and unmount: a load that finishes after the user hid the feature is dropped.
let generation = 0;

/** The feature asks; the dashboard confirms with the user and calls the OMA API. */
function tryLiveFailover(vm: Vm) {
  return async ({ vmName }: { vmName: string }) => {
    const started = await startLiveFailover(vm.vmwareVmId, vmName);
    if (started) notice.textContent = started;
  };
}

async function mount(fresh: boolean) {
  const current = ++generation;
  slot.replaceChildren(el('p', {}, 'Loading recent operations…'));
  try {
    // The remote's manifest URL comes from the server (`/config.json`), so it deploys on its own.
    const config = (await (await fetch('/config.json')).json()) as {
      vmOperationsRemoteUrl: string;
    };
    // `force` on a retry makes the runtime forget a manifest or entry that failed.
    federation.registerRemotes([{ name: REMOTE, entry: config.vmOperationsRemoteUrl }], {
      force: fresh,
    });
    const [vm, module] = await Promise.all([
      fetchVm(vmName),
      federation.loadRemote<{ default: () => BridgeProvider }>(MODULE),
    ]);
    if (!module) throw new Error('VmOperations could not be loaded');
    if (current !== generation) return;
    const dom = el('div');
    slot.replaceChildren(dom);
    mounted = { provider: module.default(), dom };
    await mounted.provider.render({
      moduleName: MODULE,
      dom,
      contextId: vm.contextId,
      vmName: vm.vmName,
      onTryLiveFailover: tryLiveFailover(vm),
    });
  } catch (error) {
    console.warn('VmOperations could not be loaded', error);
    if (current !== generation) return;
    const retry = el('button', { type: 'button' }, 'Retry');
    retry.addEventListener('click', () => mount(true));
    slot.replaceChildren(
      el('div', { role: 'alert' }, 'Recent operations are unavailable right now. ', retry),
    );
  }
}

function unmount() {
  generation++;
  if (mounted) mounted.provider.destroy({ moduleName: MODULE, dom: mounted.dom });
  mounted = null;
  slot.replaceChildren();
  notice.textContent = '';
}

toggle.addEventListener('click', () => {
  const hide = section.isConnected;
  if (hide) {
    unmount();
    section.remove();
  } else {
    main.append(section);
    mount(false);
  }
  toggle.textContent = hide ? 'Show recent operations' : 'Hide recent operations';
  toggle.setAttribute('aria-expanded', String(!hide));
});

mount(false);
