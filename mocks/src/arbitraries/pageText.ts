/*
 * How the oracle reads a rendered page: the text a person can read, and what a screen reader
 * announces besides it. Each function uses nothing but the DOM's globals (no imports, no module
 * constants), so component tests call it on jsdom and browser tests run the very same function
 * in the page: `page.locator('body').evaluate(readableText)`.
 */

/**
 * The text a user can read under `root`, one text node per line. Unlike textContent it does
 * not glue neighbouring elements together ("issue" + "nbdkit_connect" would hide a token's
 * start), and it leaves out style, script, template and noscript contents.
 */
export function readableText(root: Node): string {
  const lines: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script, template, noscript')) continue;
    lines.push(node.nodeValue ?? '');
  }
  return lines.join('\n');
}

/**
 * What a screen reader announces under `root` (itself included) besides the text: accessible
 * names, hints, tooltips; one value per line.
 */
export function accessibleAttributeText(root: Element): string {
  const names = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder'];
  const values: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of names) {
      const value = element.getAttribute(name);
      if (value) values.push(value);
    }
  }
  return values.join('\n');
}
