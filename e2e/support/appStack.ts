import { after, afterEach, before, beforeEach } from 'node:test';
import {
  type BackendRecentJobsResponseWire,
  type BackendVmContextResponseWire,
  createMockOmaState,
  type MockOmaState,
} from '@migratekit/mocks';
import { type MockOmaApi, startMockOmaApi } from '@migratekit/mocks/http';
import type { Browser } from 'playwright-core';
import { type ProductionStack, startProductionStack } from '../../scripts/productionStack';
import { launchChromium, openPage, type RecordedPage } from './browser';
import { installPageTraps, type PageTraps } from './pageTraps';

/*
 * The production builds served as deployed (host, remote on its own origin, the host's /api
 * proxy) in front of the mock OMA API, whose state a test file may extend with VMs of its own.
 */

/** A VM the scenarios do not have, described by the two bodies the API serves for it. */
export interface ExtraVm {
  /** `GET /vm-contexts/{vm_name}`; its `context` names the VM and its context id. */
  vmContext: BackendVmContextResponseWire;
  /** `GET /vm-contexts/{context_id}/recent-jobs`. */
  recentJobs: BackendRecentJobsResponseWire;
}

/**
 * The mock state with more VMs: the scenarios, faults and the request log work as before, and
 * the extra VMs are listed and served as they are given (copied per request).
 */
export function withExtraVms(base: MockOmaState, vms: readonly ExtraVm[]): MockOmaState {
  const byName = new Map(vms.map((vm) => [vm.vmContext.context.vm_name, vm]));
  const byContextId = new Map(vms.map((vm) => [vm.vmContext.context.context_id, vm]));
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    ...base,
    listVmContexts() {
      const list = base.listVmContexts();
      const extra = vms.map((vm) => ({
        ...copy(vm.vmContext.context),
        groups: [],
        group_count: 0,
      }));
      return { vm_contexts: [...list.vm_contexts, ...extra], count: list.count + extra.length };
    },
    getVmContext(vmName) {
      const vm = byName.get(vmName);
      return vm ? copy(vm.vmContext) : base.getVmContext(vmName);
    },
    getRecentJobs(contextId) {
      const vm = byContextId.get(contextId);
      return vm ? copy(vm.recentJobs) : base.getRecentJobs(contextId);
    },
  };
}

export interface AppStackOptions {
  /** VMs to add to the mock API's scenarios. */
  extraVms?: readonly ExtraVm[];
  /** The remote's folder to serve, resolved when the stack starts (default `remote/dist`). */
  remoteDist?: () => string;
}

export interface AppStack {
  stack: ProductionStack;
  /** The mock OMA API the host's `/api` proxy forwards to. */
  api: MockOmaApi;
  browser: Browser;
  /** This test's page (fresh context), with its traps. */
  view: RecordedPage;
  traps: PageTraps;
}

/**
 * Per test file: the stack and one Chromium; per test: the mock state reset (scenarios, faults,
 * request log) and a fresh page with its traps set. Wrap bodies in `withArtifacts`.
 */
export function useAppStack(options: AppStackOptions = {}): AppStack {
  const state = {} as AppStack;
  before(async () => {
    const mockState = withExtraVms(createMockOmaState(), options.extraVms ?? []);
    state.api = await startMockOmaApi({ port: 0, host: '127.0.0.1', state: mockState });
    state.stack = await startProductionStack({
      hostPort: 0,
      remotePort: 0,
      mockApiPort: 0,
      omaApiUrl: new URL(state.api.url).origin,
      ...(options.remoteDist ? { remoteDist: options.remoteDist() } : {}),
    });
    state.browser = await launchChromium();
  });
  after(async () => {
    await state.browser?.close();
    await state.stack?.close();
    await state.api?.close();
  });
  beforeEach(async () => {
    state.api.state.reset();
    state.view = await openPage(state.browser);
    state.traps = await installPageTraps(state.view.page);
  });
  afterEach(async () => {
    await state.view?.close();
  });
  return state;
}
