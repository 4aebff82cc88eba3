import {
  type LiveFailoverRequest,
  LiveFailoverRequestSchema,
  type LiveFailoverResponse,
  LiveFailoverResponseSchema,
  OmaApiError,
  omaUrl,
  postToOma,
} from '@migratekit/oma-api';
import { guardOptionalText } from '@migratekit/operator-text';
import * as v from 'valibot';
import { OMA_API_BASE_URL } from '../api/omaApi';

// Error codes are short upper-case constants ("VM_NOT_FOUND"); anything else is not logged.
const ERROR_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

/** ", code VM_NOT_FOUND: <guarded message>" for the log, leaving out what is missing or unsafe. */
function refusalSummary(body: LiveFailoverResponse | null, guardedMessage: string | null): string {
  if (body === null) return ', unreadable body';
  const code = body.details?.error_code ?? null;
  const parts = [
    code !== null && ERROR_CODE_PATTERN.test(code) ? `code ${code}` : null,
    guardedMessage ?? (body.error ? 'message withheld' : null),
  ].filter((part) => part !== null);
  return parts.length > 0 ? `, ${parts.join(': ')}` : '';
}

/** A live failover the OMA API accepted. */
export interface LiveFailoverStarted {
  /** The id of the job that runs it, when the API sent one. */
  jobId: string | null;
}

/**
 * Asks the OMA API to start a live failover (`POST /api/v1/failover/live`). Rejects with an
 * Error whose message is fit for an operator: the backend's own `error` text when it sent one
 * that passes the display guard, else a plain sentence; the technical details go to the console.
 */
export async function requestLiveFailover(
  request: LiveFailoverRequest,
): Promise<LiveFailoverStarted> {
  const url = omaUrl(OMA_API_BASE_URL, 'live-failover', {});
  const vmName = request.vm_name;
  let status: number | null;
  let answer: LiveFailoverResponse | null;
  try {
    answer = await postToOma(
      url,
      v.parse(LiveFailoverRequestSchema, request),
      LiveFailoverResponseSchema,
    );
    if (answer.success) return { jobId: answer.job_id };
    status = 200;
  } catch (error) {
    if (!(error instanceof OmaApiError)) throw error;
    if (error.kind === 'network' || error.kind === 'timeout') {
      console.error(`[dashboard] POST ${url} failed:`, error);
      throw new Error(
        error.kind === 'network'
          ? `Live failover of ${vmName} could not be requested: the OMA API could not be reached.`
          : `Live failover of ${vmName}: the OMA API did not answer in time. Check the VM's recent operations before trying again.`,
      );
    }
    status = error.status;
    const refusal = v.safeParse(LiveFailoverResponseSchema, error.responseBody);
    answer = refusal.success ? refusal.output : null;
  }
  // The backend's text reaches an operator, or the console, only if it names no tool, path or
  // internal step; support gets the status, the VM and the error code to look it up by.
  const backendMessage = guardOptionalText(answer?.error ?? null);
  console.error(
    `[dashboard] POST ${url} for ${vmName} was refused (HTTP ${status}${refusalSummary(answer, backendMessage)}).`,
  );
  throw new Error(
    backendMessage ??
      `Live failover of ${vmName} could not be started. Try again later or contact support.`,
  );
}
