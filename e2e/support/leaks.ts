import {
  accessibleAttributeText,
  BRIEF_FORBIDDEN_EXAMPLES,
  forbiddenTechnicalFragments,
  readableText,
} from '@migratekit/mocks/arbitraries';
import type { Page } from 'playwright-core';

/*
 * What an operator must never be shown (the brief's must-nots), checked on the rendered page
 * by the mocks' oracle, which reads text as a person does and does not depend on the GUI's
 * guard or policy. Judged: the text a user reads; every text node and accessible name in the
 * DOM (a screen reader, a copy-paste or "view source" finds text hidden by CSS); and, in the
 * markup itself, the brief's own examples spelled out.
 */

/** Missing data rendered as text. */
export const MISSING_DATA_SENTINELS = ['undefined', 'NaN', 'Invalid Date'] as const;
/** Also never in visible text, where they can only come from a value printed raw. */
export const VISIBLE_ONLY_SENTINELS = ['null', '[object Object]'] as const;

/** What a page shows: its visible text, all its DOM text, and its markup. */
export interface PageTexts {
  /** What is on screen (innerText). */
  visible: string;
  /** Every text node outside style and script, and every accessible name or hint. */
  domText: string;
  /** The DOM as markup, style and script contents emptied. */
  dom: string;
}

export async function readPageTexts(page: Page): Promise<PageTexts> {
  const body = page.locator('body');
  // The oracle's own readers, run in the page: the same functions the component tests use.
  const domText = [
    await body.evaluate(readableText),
    await body.evaluate(accessibleAttributeText),
  ].join('\n');
  const { visible, dom } = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll('style, script')) element.textContent = '';
    // biome-ignore lint/performance/useDomNodeTextContent: what is visible, not all text nodes.
    return { visible: document.body.innerText, dom: copy.outerHTML };
  });
  return { visible, domText, dom };
}

function briefExamples(text: string): string[] {
  return BRIEF_FORBIDDEN_EXAMPLES.flatMap((pattern) => text.match(pattern)?.[0] ?? []);
}

function technicalLeaks(text: string): string[] {
  return [...new Set([...forbiddenTechnicalFragments(text), ...briefExamples(text)])];
}

/** A forbidden fragment with some text around it, so a failure says where it was. */
function inContext(text: string, fragment: string): string {
  const at = text.indexOf(fragment.replace(/ \([a-z /]+\)$/, ''));
  if (at < 0) return JSON.stringify(fragment);
  const around = text.slice(Math.max(0, at - 60), at + fragment.length + 60);
  return `${JSON.stringify(fragment)} in …${around.replace(/\s+/g, ' ')}…`;
}

const asWord = (sentinel: string) =>
  new RegExp(`(?<![\\w-])${sentinel.replace(/[[\]]/g, '\\$&')}(?![\\w-])`);

/**
 * Every forbidden fragment on the page, described with where it occurs: tool and component
 * names in any spelling, paths, internal step names, identifiers, diagnostics, dumps, markup,
 * secrets and missing-data sentinels.
 */
export async function findLeaks(page: Page): Promise<string[]> {
  const { visible, domText, dom } = await readPageTexts(page);
  const leaks: string[] = [];
  const visibleSentinels = [...MISSING_DATA_SENTINELS, ...VISIBLE_ONLY_SENTINELS].filter(
    (sentinel) => asWord(sentinel).test(visible),
  );
  for (const fragment of [...technicalLeaks(visible), ...visibleSentinels]) {
    leaks.push(`visible text: ${inContext(visible, fragment)}`);
  }
  const seenVisible = new Set(technicalLeaks(visible));
  for (const fragment of technicalLeaks(domText).filter((leak) => !seenVisible.has(leak))) {
    leaks.push(`DOM text: ${inContext(domText, fragment)}`);
  }
  const domSentinels = MISSING_DATA_SENTINELS.filter((sentinel) => dom.includes(sentinel));
  for (const fragment of [...briefExamples(dom), ...domSentinels]) {
    leaks.push(`DOM: ${inContext(dom, fragment)}`);
  }
  return leaks;
}
