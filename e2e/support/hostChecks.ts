import assert from 'node:assert/strict';
import type { Locator, Page, Route } from 'playwright-core';
import type { RecordedPage } from './browser';
import { waitUntil } from './waitUntil';

/*
 * What the browser tests check in every host (host-matrix.test.ts, bridge-host.test.ts): the
 * page's React DOM renderers, the host's own styles before and after the mount, the feature's
 * colours, the remote held back while the host renders, console errors.
 */

/**
 * The page's React DOM renderers, as React DevTools would see them (a stand-in hook records them),
 * and by renderer id (1, 2, … in injection order) the roots that hold something after their
 * last commit (`__matrixMountedRoots`).
 */
export const DEVTOOLS_HOOK = () => {
  const renderers: Array<{ version: string; rendererPackageName: string }> = [];
  const mounted = new Map<number, Set<unknown>>();
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    value: {
      renderers: new Map(),
      supportsFiber: true,
      isDisabled: false,
      inject(renderer: { version: string; rendererPackageName: string }) {
        renderers.push({
          version: renderer.version,
          rendererPackageName: renderer.rendererPackageName,
        });
        return renderers.length;
      },
      checkDCE() {},
      onCommitFiberRoot(id: number, root: { current: { child: unknown } }) {
        const roots = mounted.get(id) ?? new Set();
        if (root.current.child) roots.add(root);
        else roots.delete(root);
        mounted.set(id, roots);
      },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onScheduleFiberRoot() {},
      setStrictMode() {},
    },
  });
  Object.defineProperty(window, '__matrixRenderers', { value: renderers });
  // A plain value: a function defined here would get the TypeScript loader's naming helper.
  Object.defineProperty(window, '__matrixMountedRoots', { value: mounted });
};

/** React's and ReactDOM's own internals names (19, 18): only a copy of React or ReactDOM has them. */
export const REACT_MARKERS = [
  '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
  '__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED',
];

/** Host elements whose computed style the feature must not change (outside the feature's section). */
const HOST_ELEMENTS = [
  'html',
  'body',
  'nav',
  'main',
  'h1',
  'h2',
  'p',
  'a',
  'label',
  'input',
  'button',
];

/**
 * Computed values that follow the page's layout, not any style rule: the feature's content makes
 * the page taller, and these resolve to the used sizes.
 */
const LAYOUT_VALUES = new Set([
  'block-size',
  'height',
  'inline-size',
  'width',
  'perspective-origin',
  'transform-origin',
]);

export interface HostSnapshot {
  styles: Record<string, Record<string, string>>;
  attributes: Record<string, Record<string, string>>;
}

/** Every computed style property of the host's elements, and the attributes of <html>/<body>. */
export function snapshotHost(page: Page): Promise<HostSnapshot> {
  return page.evaluate((selectors) => {
    const styles: Record<string, Record<string, string>> = {};
    for (const selector of selectors) {
      const element = [...document.querySelectorAll(selector)].find(
        (candidate) => !candidate.closest('section[aria-label="VM operations"]'),
      );
      if (!element) continue;
      const computed = getComputedStyle(element);
      const values: Record<string, string> = {};
      for (const property of computed) values[property] = computed.getPropertyValue(property);
      styles[selector] = values;
    }
    const attributes: Record<string, Record<string, string>> = {};
    for (const element of [document.documentElement, document.body]) {
      attributes[element.tagName.toLowerCase()] = Object.fromEntries(
        [...element.attributes].map((attribute) => [attribute.name, attribute.value]),
      );
    }
    return { styles, attributes };
  }, HOST_ELEMENTS);
}

/** What changed between two snapshots, one line per property. */
export function differences(before: HostSnapshot, after: HostSnapshot): string[] {
  const found: string[] = [];
  for (const [selector, values] of Object.entries(before.styles)) {
    for (const [property, value] of Object.entries(values)) {
      if (LAYOUT_VALUES.has(property)) continue;
      const now = after.styles[selector]?.[property];
      if (now !== value) found.push(`${selector} ${property}: ${value} → ${now}`);
    }
  }
  for (const element of ['html', 'body']) {
    const was = before.attributes[element] ?? {};
    const is = after.attributes[element] ?? {};
    for (const name of new Set([...Object.keys(was), ...Object.keys(is)])) {
      if (was[name] !== is[name]) found.push(`<${element}> ${name}: ${was[name]} → ${is[name]}`);
    }
  }
  return found;
}

/** Asserts the host's own styles and `<html>`/`<body>` attributes are as in `before`. */
export async function assertHostUnchanged(page: Page, before: HostSnapshot): Promise<void> {
  assert.deepEqual(differences(before, await snapshotHost(page)), [], 'host unchanged');
}

/** The page's React DOM renderers in injection order, as `DEVTOOLS_HOOK` recorded them. */
export function reactRenderers(
  page: Page,
): Promise<Array<{ version: string; rendererPackageName: string }>> {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __matrixRenderers: Array<{ version: string; rendererPackageName: string }>;
        }
      ).__matrixRenderers,
  );
}

/**
 * The host's snapshot once the host itself has settled (two snapshots 250 ms apart agree): a
 * host may still be finishing its own first render (Mantine's AppShell turns its transitions on
 * after mounting), which is no change of the feature's.
 */
export async function settledSnapshot(page: Page): Promise<HostSnapshot> {
  let previous = await snapshotHost(page);
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(250);
    const current = await snapshotHost(page);
    if (differences(previous, current).length === 0) return current;
    previous = current;
  }
  throw new Error(
    `the host's own styles never settled: ${differences(previous, await snapshotHost(page))}`,
  );
}

/** Relative luminance (0 black … 1 white) of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The luminance of a text and of what is behind it: the first background from the text's element
 * up that is mostly opaque (the page's white when there is none).
 */
export async function luminanceOf(text: Locator): Promise<{ text: number; background: number }> {
  const colors = await text.evaluate((element) => {
    let node: Element | null = element;
    let background = 'rgb(255, 255, 255)';
    while (node) {
      const color = getComputedStyle(node).backgroundColor;
      const alpha = color.startsWith('rgba') ? Number(color.split(',')[3]?.replace(')', '')) : 1;
      if (alpha > 0.5) {
        background = color;
        break;
      }
      node = node.parentElement;
    }
    return { text: getComputedStyle(element).color, background };
  });
  return { text: luminance(colors.text), background: luminance(colors.background) };
}

/** Holds every request to the remote's origin until `release()`; the host renders meanwhile. */
export async function holdRemote(page: Page, remoteOrigin: string) {
  const held: Route[] = [];
  let released = false;
  await page.route(`${remoteOrigin}/**`, (route) => {
    if (released) return route.continue();
    held.push(route);
  });
  return {
    waitForFirst: () =>
      waitUntil(() => held.length > 0, { what: 'the host to ask for the remote' }),
    async release() {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

/** Console errors and page errors of a page. */
export function errorsOf(view: RecordedPage): string[] {
  return [
    ...view.consoleLines.filter((line) => line.startsWith('[error]')),
    ...view.pageErrors.map((error) => `[pageerror] ${error}`),
  ];
}
