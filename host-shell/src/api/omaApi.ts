import { ApiErrorBodySchema, OmaApiError } from '@migratekit/oma-api';
import { guardOptionalText, type OperatorText, plainText } from '@migratekit/operator-text';
import * as v from 'valibot';

/** Base URL of the OMA API: the host's own origin, proxied to the backend. */
export const OMA_API_BASE_URL = '/api/v1';

/** True when the API has no such VM (a 404, or a name that is no usable path segment). */
export function isNotFound(error: unknown): boolean {
  return error instanceof OmaApiError && error.kind === 'not_found';
}

/** The backend's own `error` text of a refusal, when the operator-text policy lets it through. */
function refusalText(error: OmaApiError): OperatorText | null {
  const body = v.safeParse(ApiErrorBodySchema, error.responseBody);
  return body.success ? guardOptionalText(body.output.error) : null;
}

/**
 * A plain sentence for an operator about a failed request. The dashboard speaks of "the OMA
 * API" (its operators run it), where the feature's `userMessage` says "the migration service".
 */
export function describeOmaApiError(error: unknown): OperatorText {
  if (!(error instanceof OmaApiError)) {
    return plainText('Something went wrong while talking to the OMA API. Try again in a moment.');
  }
  switch (error.kind) {
    case 'network':
      return plainText(
        'The OMA API could not be reached. Check your connection and that the service is running, then try again.',
      );
    case 'timeout':
      return plainText(
        'The OMA API did not answer in time. It may be busy; try again in a moment.',
      );
    case 'malformed':
    case 'shape':
      return plainText(
        'The OMA API sent an answer the dashboard could not read. Try again; if it keeps happening, contact support.',
      );
    case 'not_found':
    case 'http':
      if (error.status === null || error.status >= 500) break;
      // The backend's own words for a request it refused, when the policy lets them through.
      return (
        refusalText(error) ??
        plainText(
          'The OMA API refused the request. Try again; if it keeps happening, contact support.',
        )
      );
  }
  return plainText('The OMA API reported a problem. It may be restarting; try again in a moment.');
}
