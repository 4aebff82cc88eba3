declare const __REMOTE_BUILD_LABEL__: string | undefined;

/**
 * Label of this remote build (set with REMOTE_BUILD_LABEL at build time). Rendered as a data
 * attribute so an operator's support ticket or a deploy check can tell which build is live.
 */
export const BUILD_LABEL: string =
  typeof __REMOTE_BUILD_LABEL__ === 'string' && __REMOTE_BUILD_LABEL__ !== ''
    ? __REMOTE_BUILD_LABEL__
    : 'dev';
