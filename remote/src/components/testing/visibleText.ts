/**
 * The text a user can read inside `root`: its textContent without style and script
 * elements (Mantine injects its CSS variables as a <style> element). Used by tests.
 */
export function visibleText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll('style, script, template')) element.remove();
  return copy.textContent ?? '';
}
