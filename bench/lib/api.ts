import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildFailedJob,
  buildJob,
  buildLastOperation,
  buildRecentJobsResponse,
  buildVmContext,
  buildVmContextResponse,
  createMockOmaState,
  HOUR,
  isoAt,
  MINUTE,
} from '@migratekit/mocks';
import { type MockOmaApi, startMockOmaApi } from '@migratekit/mocks/http';
import type { JobWire } from '@migratekit/oma-api';
import { proxyTo } from '../../scripts/staticServer';

/** Job counts of the VMs the scale measurement opens. */
export const SCALE_SIZES = [20, 200, 2_000] as const;

/** Name of the VM with `jobs` recent jobs. */
export const scaleVmName = (jobs: number) => `scale-${jobs}`;

/** Text of the newest job of every scale VM (what "the list is visible" waits for). */
export const SCALE_NEWEST_JOB_TITLE = 'Test Failover';

/**
 * `jobs` recent jobs, newest first, one hour apart: every fifth a failed test failover (with its
 * error, steps and a details button), the others completed replications. The mock's own state
 * keeps at most 20 jobs per VM, so these bodies are served by the benchmark's API directly.
 */
function scaleJobs(jobs: number, now: number): JobWire[] {
  return Array.from({ length: jobs }, (_, index) => {
    const startedAt = now - (index + 1) * HOUR;
    const completedAt = startedAt + 25 * MINUTE;
    const times = { started_at: isoAt(startedAt), completed_at: isoAt(completedAt) };
    return index % 5 === 0
      ? buildFailedJob({ job_id: `scale-failed-${index}`, external_job_id: undefined, ...times })
      : buildJob({ job_id: `scale-replication-${index}`, ...times });
  });
}

interface ScaleBodies {
  context: string;
  recentJobs: string;
}

function scaleBodies(jobs: number, now: number): ScaleBodies {
  const vmName = scaleVmName(jobs);
  const contextId = `ctx-${vmName}`;
  const list = scaleJobs(jobs, now);
  const newest = list[0];
  const context = buildVmContextResponse({
    context: buildVmContext({ vm_name: vmName, context_id: contextId }),
    lastOperation: buildLastOperation({
      job_id: newest?.job_id ?? undefined,
      timestamp: newest?.completed_at ?? undefined,
    }),
  });
  return {
    context: JSON.stringify(context),
    recentJobs: JSON.stringify(buildRecentJobsResponse({ contextId, jobs: list })),
  };
}

export interface BenchApi {
  /** Origin the hosts proxy `/api` to. */
  origin: string;
  /** The mock OMA API behind it: its state has the request log. */
  mock: MockOmaApi;
  close(): Promise<void>;
}

/**
 * The OMA API the benchmark's pages talk to: the mock API (every scenario; its request log
 * counts the polling), with a running replication that stays running for the whole benchmark,
 * plus the scale VMs (20, 200 and 2,000 jobs) answered from prebuilt bodies.
 */
export async function startBenchApi(): Promise<BenchApi> {
  // Running operations stay running for the whole benchmark.
  const state = createMockOmaState({
    replicationDurationMs: 6 * HOUR,
    liveFailoverDurationMs: 6 * HOUR,
  });
  const mock = await startMockOmaApi({ port: 0, host: '127.0.0.1', state });
  const now = Date.now();
  const routes = new Map<string, string>();
  for (const jobs of SCALE_SIZES) {
    const bodies = scaleBodies(jobs, now);
    routes.set(`/api/v1/vm-contexts/${scaleVmName(jobs)}`, bodies.context);
    routes.set(`/api/v1/vm-contexts/ctx-${scaleVmName(jobs)}/recent-jobs`, bodies.recentJobs);
  }
  const forward = proxyTo(new URL(mock.url).origin);
  const server = http.createServer((req, res) => {
    const body = req.method === 'GET' ? routes.get(req.url ?? '') : undefined;
    if (body === undefined) {
      forward(req, res);
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    mock,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mock.close();
    },
  };
}
