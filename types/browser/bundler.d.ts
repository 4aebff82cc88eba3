// Rspack replaces `process.env.NODE_ENV` in the browser bundles at build time; nothing else of
// Node's `process` exists in a browser.
declare const process: {
  readonly env: { readonly NODE_ENV?: 'development' | 'production' | 'test' };
};
