import { INTERNAL_SNAKE_IDS, INTERNAL_STEP_IDS } from './text';

/*
 * What an operator must never read, checked independently of the GUI's own display guard:
 * a fixed list of patterns from the brief's must-nots, applied to the text as a reader
 * sees it.
 */

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Internal ids as whole tokens: kebab and snake case as the backend writes them, and upper case.
const internalIdPatterns = [...INTERNAL_STEP_IDS, ...INTERNAL_SNAKE_IDS].flatMap((id) => {
  const kebab = id.replaceAll('_', '-');
  const snake = id.replaceAll('-', '_');
  return [kebab, snake, snake.toUpperCase()].map(
    (form) => new RegExp(`(?<![\\w-])${escapeForRegExp(form)}(?![\\w-])`),
  );
});

/** Patterns of tool names (any case), device and file paths, and internal step ids. */
export const FORBIDDEN_PATTERNS: readonly RegExp[] = [
  /virt[\s-]*v2v/i,
  /virt[\s-]*io/i,
  /libguestfs/i,
  /qemu[\s-]*img/i,
  /nbdkit/i,
  /\/dev\//i,
  /\/(?:var|etc|usr|opt|tmp|home)\/\w/i,
  /\b[A-Za-z]:\\/,
  /\\\\\w+\\/,
  ...internalIdPatterns,
];

/**
 * The brief's must-not examples spelled out as written (tool names, a device path, a data
 * path, internal step names): the plain list a page check starts from, beside the broader
 * patterns above.
 */
export const BRIEF_FORBIDDEN_EXAMPLES: readonly RegExp[] = [
  /virt-v2v/i,
  /virtio/i,
  /libguestfs/i,
  /qemu-img/i,
  /nbdkit/i,
  /\/dev\//,
  /\/var\//,
  /virtio-driver-injection/,
  /nbdkit_connect/,
];

/** Strings that stand for missing data; an operator must never read them. */
export const FORBIDDEN_SENTINELS = ['undefined', 'NaN', 'null', 'Invalid Date', '[object Object]'];

/**
 * The text as a reader perceives it: compatibility forms folded (full-width letters),
 * invisible format characters dropped, typographic hyphens and dashes read as "-".
 */
export function asReadText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-');
}

/** The forbidden technical fragments (tool names, paths, internal ids) a reader finds in `text`. */
export function forbiddenTechnicalFragments(text: string): string[] {
  const read = asReadText(text);
  return FORBIDDEN_PATTERNS.flatMap((pattern) => {
    const match = read.match(pattern);
    return match ? [match[0]] : [];
  });
}

/** Every forbidden fragment in `text`: technical ones and missing-data sentinels. */
export function forbiddenFragments(text: string): string[] {
  const read = asReadText(text);
  return [
    ...forbiddenTechnicalFragments(text),
    ...FORBIDDEN_SENTINELS.filter((sentinel) => read.includes(sentinel)),
  ];
}
