import {
  ADMIN_ONLY_MARKER,
  accessibleAttributeText,
  BRIEF_FORBIDDEN_EXAMPLES,
  forbiddenFragments,
  readableText,
} from '@migratekit/mocks/arbitraries';
import { Component, type ReactNode } from 'react';

/*
 * What an operator's page must never be, checked with plain DOM queries (role queries cost
 * milliseconds each, too slow for hundreds of generated pages).
 */

const EXECUTABLE_ELEMENTS = 'img, script, iframe, object, embed, a[href^="javascript:" i]';

/** Everything wrong with the operator's page under `root`; empty when it is fine. */
export function operatorPageProblems(root: HTMLElement = document.body): string[] {
  const problems: string[] = [];
  // Judged by the mocks' oracle, as a person reads it: nothing from the guard under test.
  const text = readableText(root);
  for (const fragment of forbiddenFragments(text)) {
    problems.push(`visible text shows ${JSON.stringify(fragment)}`);
  }
  for (const fragment of forbiddenFragments(accessibleAttributeText(root))) {
    problems.push(`an accessible name or hint says ${JSON.stringify(fragment)}`);
  }
  const markup = root.innerHTML.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  if (markup.includes(ADMIN_ONLY_MARKER)) problems.push('admin-only data is in the page');
  for (const pattern of BRIEF_FORBIDDEN_EXAMPLES) {
    const match = markup.match(pattern);
    if (match) problems.push(`markup holds ${JSON.stringify(match[0])}`);
  }
  for (const element of root.querySelectorAll(EXECUTABLE_ELEMENTS)) {
    problems.push(`API text became a <${element.tagName.toLowerCase()}> element`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) {
        problems.push(`<${element.tagName.toLowerCase()}> has an ${attribute.name} attribute`);
      }
    }
  }
  for (const item of failedItems(root)) {
    problems.push(...failureStepsProblems(item, `failed job "${titleOf(item)}"`));
  }
  return problems;
}

/** The list's operations, in the order shown. */
export function listedItems(root: ParentNode = document.body): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('article')];
}

/** The failed operations of the list. */
export function failedItems(root: ParentNode = document.body): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('article[data-status="failed"]')];
}

/** The heading of one listed operation. */
export function titleOf(item: HTMLElement): string {
  return item.querySelector('h3')?.textContent ?? '';
}

/** A failure must come with "What you can do:" and at least one readable step. */
export function failureStepsProblems(container: HTMLElement, what: string): string[] {
  const heading = [...container.querySelectorAll('p, div')].find(
    (element) => element.textContent === 'What you can do:',
  );
  const list = heading ? container.querySelector(`[aria-labelledby="${heading.id}"]`) : null;
  const steps = list ? [...list.querySelectorAll('li')].map((li) => li.textContent?.trim()) : [];
  if (!heading || steps.length === 0) return [`${what} shows no "What you can do" step`];
  if (steps.some((step) => !step)) return [`${what} shows an empty step`];
  return [];
}

/** The alert titled `title` (its text, after the icon, starts with it), if shown. */
export function alertTitled(title: string, root: ParentNode = document.body): HTMLElement | null {
  return (
    [...root.querySelectorAll<HTMLElement>('[role="alert"]')].find((alert) =>
      [...alert.querySelectorAll('*')].some((element) => element.textContent === title),
    ) ?? null
  );
}

interface RenderErrorRecorderProps {
  onError: (error: unknown) => void;
  children: ReactNode;
}

/** Catches what a render throws, so a property can report it instead of losing the page. */
export class RenderErrorRecorder extends Component<RenderErrorRecorderProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Collects console.error calls (React reports render problems there) until `stop()`. */
export function recordConsoleErrors(): { messages: string[]; stop: () => void } {
  const messages: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    messages.push(args.map(String).join(' ').slice(0, 300));
  });
  return { messages, stop: () => spy.mockRestore() };
}
