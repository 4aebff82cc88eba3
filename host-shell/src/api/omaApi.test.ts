import { OmaApiError } from '@migratekit/oma-api';
import { describeOmaApiError, isNotFound } from './omaApi';

const failure = (kind: OmaApiError['kind'], status: number | null, responseBody?: unknown) =>
  new OmaApiError({
    kind,
    status,
    detail: `GET /api/v1/vm-contexts answered ${status}`,
    responseBody,
  });

describe('describeOmaApiError', () => {
  it.each([
    ['network', null, /^The OMA API could not be reached\./],
    ['timeout', null, /^The OMA API did not answer in time\./],
    ['malformed', 200, /sent an answer the dashboard could not read/],
    ['shape', 200, /sent an answer the dashboard could not read/],
    ['http', 500, /^The OMA API reported a problem\./],
    ['http', 409, /^The OMA API refused the request\./],
    ['not_found', 404, /^The OMA API refused the request\./],
  ] as const)('says in plain words what a %s failure (%p) means', (kind, status, sentence) => {
    expect(describeOmaApiError(failure(kind, status))).toMatch(sentence);
  });

  it("quotes a refusal's own text only when the display guard lets it through", () => {
    const plain = failure('http', 409, { error: 'The VM is being migrated; try again later' });
    const leaky = failure('http', 409, { error: 'virt-v2v: cannot open /dev/sdb: EBUSY' });
    expect(describeOmaApiError(plain)).toBe('The VM is being migrated; try again later');
    expect(describeOmaApiError(leaky)).toMatch(/^The OMA API refused the request\./);
    // A 5xx never quotes the server: it says the service has a problem.
    const crash = failure('http', 503, { error: 'The VM is being migrated; try again later' });
    expect(describeOmaApiError(crash)).toMatch(/reported a problem/);
  });

  it('has a sentence for anything else thrown', () => {
    expect(describeOmaApiError(new TypeError('x is undefined'))).toBe(
      'Something went wrong while talking to the OMA API. Try again in a moment.',
    );
  });
});

describe('isNotFound', () => {
  it('is true for the not_found kind only', () => {
    expect(isNotFound(failure('not_found', 404))).toBe(true);
    expect(isNotFound(failure('http', 410))).toBe(false);
    expect(isNotFound(new Error('404'))).toBe(false);
  });
});
