import {
  BRIEF_FORBIDDEN_EXAMPLES,
  forbiddenTechnicalFragments,
} from '@migratekit/mocks/arbitraries';
import type { Page } from 'playwright-core';

/*
 * What an operator must never be shown (the brief's must-nots), checked on the rendered page:
 * the text a user reads and the whole DOM (a screen reader, a copy-paste or "view source" would
 * find text hidden by CSS). The patterns are the mocks' independent oracle plus the brief's own
 * examples spelled out, so the list does not depend on the GUI's display guard.
 */

/** Missing data rendered as text. */
export const MISSING_DATA_SENTINELS = ['undefined', 'NaN', 'Invalid Date'] as const;
/** Also never in visible text, where they can only come from a value printed raw. */
export const VISIBLE_ONLY_SENTINELS = ['null', '[object Object]'] as const;

/** What a page shows: its visible text, and its DOM without style and script contents. */
export interface PageTexts {
  visible: string;
  dom: string;
}

export function readPageTexts(page: Page): Promise<PageTexts> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll('style, script')) element.textContent = '';
    // biome-ignore lint/performance/useDomNodeTextContent: what is visible, not all text nodes.
    return { visible: document.body.innerText, dom: copy.outerHTML };
  });
}

function technicalLeaks(text: string): string[] {
  const found = new Set(forbiddenTechnicalFragments(text));
  for (const pattern of BRIEF_FORBIDDEN_EXAMPLES) {
    const match = text.match(pattern);
    if (match) found.add(match[0]);
  }
  return [...found];
}

/** A forbidden fragment with some text around it, so a failure says where it was. */
function inContext(text: string, fragment: string): string {
  const at = text.indexOf(fragment);
  if (at < 0) return JSON.stringify(fragment);
  const around = text.slice(Math.max(0, at - 60), at + fragment.length + 60);
  return `${JSON.stringify(fragment)} in …${around.replace(/\s+/g, ' ')}…`;
}

/**
 * Every forbidden fragment on the page, described with where it occurs: tool names, paths,
 * internal step names and missing-data sentinels.
 */
export async function findLeaks(page: Page): Promise<string[]> {
  const { visible, dom } = await readPageTexts(page);
  const leaks: string[] = [];
  const visibleSentinels = [...MISSING_DATA_SENTINELS, ...VISIBLE_ONLY_SENTINELS].filter(
    (sentinel) =>
      new RegExp(`(?<![\\w-])${sentinel.replace(/[[\]]/g, '\\$&')}(?![\\w-])`).test(visible),
  );
  for (const fragment of [...technicalLeaks(visible), ...visibleSentinels]) {
    leaks.push(`visible text: ${inContext(visible, fragment)}`);
  }
  const domSentinels = MISSING_DATA_SENTINELS.filter((sentinel) => dom.includes(sentinel));
  for (const fragment of [...technicalLeaks(dom), ...domSentinels]) {
    leaks.push(`DOM: ${inContext(dom, fragment)}`);
  }
  return leaks;
}
