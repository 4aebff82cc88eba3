import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { createRuntimeConfigSource } from './runtimeConfigSource';

let answers: Array<() => Response> = [];
let requests = 0;
const server = setupServer(
  http.get('*/config.json', () => {
    requests += 1;
    const answer = answers.shift();
    return answer ? answer() : HttpResponse.json({ vmOperationsRemoteUrl: '/remote.json' });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  answers = [];
  requests = 0;
});
afterAll(() => server.close());

describe('createRuntimeConfigSource', () => {
  it('fetches /config.json once and shares the result', async () => {
    const source = createRuntimeConfigSource();

    await expect(source.load()).resolves.toEqual({ vmOperationsRemoteUrl: '/remote.json' });
    await source.load();

    expect(requests).toBe(1);
  });

  it('fetches again after a failure', async () => {
    answers = [() => HttpResponse.json({ error: 'bad gateway' }, { status: 502 })];
    const source = createRuntimeConfigSource();

    await expect(source.load()).rejects.toThrow('answered 502');
    await expect(source.load()).resolves.toEqual({ vmOperationsRemoteUrl: '/remote.json' });
    expect(requests).toBe(2);
  });

  it('rejects a file without a remote URL, naming the setting', async () => {
    answers = [() => HttpResponse.json({ vmOperationsRemoteUrl: '  ' })];

    await expect(createRuntimeConfigSource().load()).rejects.toThrow(
      /\/config\.json is not valid:[\s\S]*at vmOperationsRemoteUrl/,
    );
  });

  it('rejects a body that is not JSON, such as an HTML fallback page', async () => {
    answers = [() => new HttpResponse('<!doctype html><title>MigrateKit OSSEA</title>')];

    await expect(createRuntimeConfigSource().load()).rejects.toThrow();
  });
});
