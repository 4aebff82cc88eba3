import { createRequestLog, MAX_LOGGED_REQUESTS } from './requestLog';

describe('createRequestLog', () => {
  it('stamps entries with the clock and hands out copies', () => {
    let now = 1_000;
    const log = createRequestLog(() => now);
    log.record({ method: 'GET', path: '/api/v1/vm-contexts', route: 'vm-list' });
    now = 2_000;
    log.record({ method: 'GET', path: '/nowhere', route: null });
    const [first] = log.list();
    expect(first).toEqual({
      method: 'GET',
      path: '/api/v1/vm-contexts',
      route: 'vm-list',
      time: 1_000,
    });
    if (first) first.path = 'changed';
    expect(log.list({ route: null })).toEqual([
      { method: 'GET', path: '/nowhere', route: null, time: 2_000 },
    ]);
    expect(log.list()[0]?.path).toBe('/api/v1/vm-contexts');
  });

  it('keeps the newest MAX_LOGGED_REQUESTS entries', () => {
    const log = createRequestLog(() => 0);
    for (let index = 0; index <= MAX_LOGGED_REQUESTS; index += 1) {
      log.record({ method: 'GET', path: `/${index}`, route: null });
    }
    const entries = log.list();
    expect(entries).toHaveLength(MAX_LOGGED_REQUESTS);
    expect(entries[0]?.path).toBe('/1');
    expect(entries.at(-1)?.path).toBe(`/${MAX_LOGGED_REQUESTS}`);
  });
});
