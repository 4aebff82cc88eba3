import { pageStyleNonce } from './pageStyleNonce';

afterEach(() => {
  document.head.innerHTML = '';
});

function addToHead(html: string) {
  document.head.insertAdjacentHTML('beforeend', html);
}

describe('pageStyleNonce', () => {
  it('is undefined on a page that has no nonce', () => {
    addToHead('<script src="/app.js"></script>');
    expect(pageStyleNonce()).toBeUndefined();
  });

  it("reads the nonce of the host's scripts", () => {
    addToHead('<script nonce="r4nd0m">/* app */</script>');
    expect(pageStyleNonce()).toBe('r4nd0m');
  });

  it('prefers the csp-nonce meta element where the host has one', () => {
    addToHead('<script nonce="from-script"></script><meta property="csp-nonce" nonce="from-meta">');
    expect(pageStyleNonce()).toBe('from-meta');
  });
});
