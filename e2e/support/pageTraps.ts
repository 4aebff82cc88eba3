import type { Page } from 'playwright-core';

/*
 * Traps a page sets for what must never happen on the dashboard: a Content-Security-Policy
 * violation (reported by the browser as a `securitypolicyviolation` event and a console error),
 * a dialog opened by injected script, and markup or script created from API text.
 */

/** One `securitypolicyviolation` event, as the page reported it. */
export interface CspViolation {
  directive: string;
  blockedUri: string;
  sourceFile: string;
  line: number;
  sample: string;
  /** The page's path when it happened. */
  page: string;
}

export interface PageTraps {
  /** Every CSP violation the page's documents reported, across navigations. */
  violations: CspViolation[];
  /** Every dialog (alert, confirm, prompt) a script opened; each is dismissed. */
  dialogs: string[];
  /** Console messages that report a blocked resource or script (CSP). */
  cspConsoleMessages: string[];
}

const REPORT_BINDING = '__e2eReportCspViolation';

/** Sets the traps on a page before it loads anything. */
export async function installPageTraps(page: Page): Promise<PageTraps> {
  const traps: PageTraps = { violations: [], dialogs: [], cspConsoleMessages: [] };
  await page.exposeBinding(REPORT_BINDING, (_source, violation: CspViolation) => {
    traps.violations.push(violation);
  });
  await page.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (v: unknown) => void>)[binding];
      report?.({
        directive: event.effectiveDirective || event.violatedDirective,
        blockedUri: event.blockedURI,
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
        page: location.pathname,
      });
    });
  }, REPORT_BINDING);
  page.on('dialog', (dialog) => {
    traps.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    if (
      /Content Security Policy|Refused to (load|execute|apply|connect|evaluate)/i.test(
        message.text(),
      )
    ) {
      traps.cspConsoleMessages.push(message.text());
    }
  });
  return traps;
}

/** The violations and console reports, one line each, for an assertion message. */
export function describeCspReports(traps: PageTraps): string[] {
  return [
    ...traps.violations.map(
      (v) =>
        `${v.page}: ${v.directive} blocked ${v.blockedUri || '(inline)'} at ${v.sourceFile}:${v.line}`,
    ),
    ...traps.cspConsoleMessages.map((message) => `console: ${message}`),
  ];
}

/**
 * Everything on the page that only injected markup or script could have made: event-handler
 * attributes, `javascript:` URLs, images, frames, plugins, scripts that are not the page's own,
 * and the `window.__xss` flag the payloads set. Empty when the page is clean.
 */
export function findInjectedMarkup(
  page: Page,
  ownScriptOrigins: readonly string[],
): Promise<string[]> {
  // No helper functions inside: the page runs this function's source as it is.
  return page.evaluate((origins) => {
    const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'];
    const found: string[] = [];
    const flag = (window as unknown as { __xss?: unknown }).__xss;
    if (flag !== undefined) found.push(`window.__xss was set to ${String(flag)}`);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) {
          found.push(`event handler ${name} on ${element.outerHTML.slice(0, 120)}`);
        }
        if (URL_ATTRIBUTES.includes(name) && /^\s*javascript:/i.test(attribute.value)) {
          found.push(`javascript: URL in ${name} of ${element.outerHTML.slice(0, 120)}`);
        }
      }
    }
    for (const element of document.querySelectorAll('img, iframe, frame, object, embed, image')) {
      found.push(`<${element.tagName.toLowerCase()}> element: ${element.outerHTML.slice(0, 120)}`);
    }
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      if (src && !origins.includes(new URL(src, location.href).origin)) {
        found.push(`script from ${src}`);
      } else if (!src && /__xss|alert\(/.test(script.textContent ?? '')) {
        found.push(`inline script: ${script.outerHTML.slice(0, 120)}`);
      }
    }
    return found;
  }, ownScriptOrigins);
}
