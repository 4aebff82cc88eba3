import {
  type LiveFailoverRequest,
  LiveFailoverRequestSchema,
  type LiveFailoverResponse,
  LiveFailoverResponseSchema,
} from '@migratekit/oma-api';
import { guardOptionalText } from '@migratekit/operator-text';
import { OMA_API_BASE_URL, readJsonBody } from '../api/omaApi';

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
  const url = `${OMA_API_BASE_URL}/failover/live`;
  const body = LiveFailoverRequestSchema.parse(request);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    console.error(`[dashboard] POST ${url} failed:`, error);
    throw new Error(
      `Live failover of ${request.vm_name} could not be requested: the OMA API could not be reached.`,
    );
  }

  const parsed = LiveFailoverResponseSchema.safeParse(await readJsonBody(response));
  if (response.ok && parsed.success && parsed.data.success) {
    return { jobId: parsed.data.job_id };
  }
  // The backend's text reaches an operator, or the console, only if it names no tool, path or
  // internal step; support gets the status, the VM and the error code to look it up by.
  const backendMessage = parsed.success ? guardOptionalText(parsed.data.error) : null;
  console.error(
    `[dashboard] POST ${url} for ${request.vm_name} was refused (HTTP ${response.status}${refusalSummary(parsed.success ? parsed.data : null, backendMessage)}).`,
  );
  throw new Error(
    backendMessage ??
      `Live failover of ${request.vm_name} could not be started. Try again later or contact support.`,
  );
}
