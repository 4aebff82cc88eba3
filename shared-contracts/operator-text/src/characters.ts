/*
 * Which characters operator text may contain. Text with any other character is refused whole,
 * never cleaned: a reader sees invisible, reordering and look-alike characters differently
 * from any pattern, so "checked after stripping, shown as sent" lets names through.
 */

// Punctuation and symbols of ordinary English typography, beyond ASCII.
const TYPOGRAPHY = new Set(
  [
    '\u00a0', // no-break space
    ...'¡¢£¥§©«®°±¶·»¿×÷',
    '\u2010', // hyphen
    '\u2013', // en dash
    '\u2014', // em dash
    '\u2212', // minus sign
    ...'‘’‚“”„†‡•…‰′″‹›€™',
    ...'←↑→↓↔⇒≤≥≠≈✓✔✗✘',
  ].map((character) => character.codePointAt(0)),
);

// NFKC folds these on purpose (a readable space, an ellipsis, a trade mark sign).
const COMPATIBILITY_FORMS_ALLOWED = new Set([0xa0, 0x2026, 0x2122]);

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/u;

/*
 * Latin letters as European languages write them: Latin-1, Extended-A and -B and the
 * precomposed accented letters. IPA, small capitals and phonetic letters are Latin too, but
 * read as other letters ("ɑ", "ɩ", "ᴠ"), so they are refused like Cyrillic and Greek.
 */
function isPlainLatinLetter(codePoint: number): boolean {
  return (
    (codePoint >= 0x41 && codePoint <= 0x5a) ||
    (codePoint >= 0x61 && codePoint <= 0x7a) ||
    (codePoint >= 0xc0 && codePoint <= 0x24f && codePoint !== 0xd7 && codePoint !== 0xf7) ||
    (codePoint >= 0x1e00 && codePoint <= 0x1eff)
  );
}

function isAllowed(character: string, codePoint: number): boolean {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return true;
  if (character === '\n' || character === '\t') return true;
  if (character.normalize('NFKC') !== character && !COMPATIBILITY_FORMS_ALLOWED.has(codePoint)) {
    return false;
  }
  if (LETTER.test(character)) return isPlainLatinLetter(codePoint);
  // Digits other than 0–9 (full-width, Arabic-Indic, superscript) are refused; so are marks,
  // controls, format characters, private use, unassigned code points and unusual spaces.
  if (NUMBER.test(character)) return false;
  if (TYPOGRAPHY.has(codePoint)) return true;
  return PICTOGRAPH.test(character) && PUNCTUATION_OR_SYMBOL.test(character);
}

const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0');

/**
 * The characters of `text` that operator text may not contain, as "U+200B" names (each once):
 * invisible, format and bidi-control characters, combining marks and variation selectors,
 * letters outside the plain Latin script, compatibility forms (full-width letters, ligatures),
 * non-ASCII digits, unusual spaces, and symbols outside ordinary typography.
 */
export function refusedCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (!isAllowed(character, codePoint)) found.add(`U+${hex(codePoint)}`);
  }
  return [...found];
}
