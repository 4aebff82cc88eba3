import { leanManifestUrl } from './leanManifestUrl';

describe('leanManifestUrl', () => {
  it('puts the manifest file in the lean folder beside it', () => {
    expect(leanManifestUrl('https://cdn.example:8443/vm-operations/mf-manifest.json')).toBe(
      'https://cdn.example:8443/vm-operations/lean/mf-manifest.json',
    );
  });

  it('keeps a query string and resolves a same-origin path against the page', () => {
    expect(leanManifestUrl('/remote/mf-manifest.json?v=2')).toBe(
      `${window.location.origin}/remote/lean/mf-manifest.json?v=2`,
    );
  });
});
