/*
 * The text as a reader takes it in, for matching: encodings decoded, compatibility forms
 * folded, invisible characters and accents dropped, look-alike letters and punctuation read as
 * the ASCII they imitate. Only matching uses these forms; what is shown is always the text as
 * sent, and text that needed any of this is refused anyway (see characters.ts).
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  zwj: '',
  zwnj: '',
  lrm: '',
  rlm: '',
  hyphen: '-',
  dash: '-',
  ndash: '-',
  mdash: '-',
  minus: '-',
  period: '.',
  colon: ':',
  sol: '/',
  bsol: '\\',
  lowbar: '_',
  num: '#',
  percnt: '%',
  commat: '@',
  dollar: '$',
};

const ENTITY_PATTERN = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;
const PERCENT_RUN_PATTERN = /(?:%[0-9A-Fa-f]{2})+/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY_PATTERN, (whole, decimal?: string, hex?: string, name?: string) => {
    const codePoint = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : null;
    if (codePoint !== null) {
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? whole;
  });
}

function decodePercent(text: string): string {
  return text.replace(PERCENT_RUN_PATTERN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      // Not UTF-8: read each byte as Latin-1, which is what a reader of the bytes would see.
      return run.replace(/%([0-9A-Fa-f]{2})/g, (_, byte: string) =>
        String.fromCharCode(Number.parseInt(byte, 16)),
      );
    }
  });
}

/** `text` with HTML entities and percent-encodings decoded, repeatedly ("%252D" is "-"). */
export function decodeEncodings(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round += 1) {
    const next = decodePercent(decodeEntities(current));
    if (next === current) break;
    current = next;
  }
  return current;
}

/** True when `text` carries percent-encoded bytes or HTML entities. */
export function hasEncodings(text: string): boolean {
  return decodeEncodings(text) !== text;
}

// Letters of other scripts (and Latin letters of phonetic alphabets) that read as Latin ones.
const LOOK_ALIKE_LETTERS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  л: 'n',
  м: 'm',
  н: 'h',
  о: 'o',
  п: 'n',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ь: 'b',
  ѕ: 's',
  ѵ: 'v',
  һ: 'h',
  ӏ: 'l',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  З: '3',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  Ѵ: 'V',
  Ӏ: 'I',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  Ϲ: 'C',
  // Armenian
  օ: 'o',
  ս: 'u',
  ո: 'n',
  հ: 'h',
  // Latin letters of phonetic alphabets and small capitals
  ı: 'i',
  ȷ: 'j',
  ɑ: 'a',
  ɡ: 'g',
  ɩ: 'i',
  ɪ: 'i',
  ʋ: 'v',
  ʀ: 'r',
  ᴀ: 'a',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ᴋ: 'k',
  ᴍ: 'm',
  ᴏ: 'o',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
  ǀ: 'l',
};

// Punctuation that reads as the ASCII characters paths, ids and names are built from.
const LOOK_ALIKE_PUNCTUATION: readonly [RegExp, string][] = [
  [/[\u2010-\u2015\u2043\u2212\u02d7\u2796\ufe58\ufe63\uff0d]/g, '-'],
  [/[\u2044\u2215\u2571\u27cb\u29f8\u3033\uff0f]/g, '/'],
  [/[\u2216\u2572\u27cd\u29f5\u29f9\ufe68\uff3c]/g, '\\'],
  [/[\u02d0\u02f8\u0589\u1803\u2236\ua789\ufe13\uff1a]/g, ':'],
  [/[\u2024\u2027\ufe52\uff0e]/g, '.'],
  [/[\u2017\uff3f]/g, '_'],
];

// U+034F (a combining mark) is covered by \p{Mn}; Hangul fillers read as nothing too.
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}]|[\u115f\u1160\u3164\uffa0]/gu;
const UNUSUAL_SPACE = /[\p{Zs}\u2028\u2029]/gu;

/** The text as read: decoded, folded, invisible characters and accents dropped, look-alikes mapped. */
export function readableForm(text: string): string {
  let read = decodeEncodings(text).normalize('NFKC').normalize('NFD').replace(INVISIBLE, '');
  read = read.normalize('NFC').replace(UNUSUAL_SPACE, ' ');
  read = Array.from(read, (character) => LOOK_ALIKE_LETTERS[character] ?? character).join('');
  for (const [pattern, ascii] of LOOK_ALIKE_PUNCTUATION) read = read.replace(pattern, ascii);
  return read;
}

// Digits and signs written for letters ("V1rtIO"), and letter pairs read as one ("qernu").
const LETTER_SWAPS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  l: 'i',
  '|': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  '5': 's',
  $: 's',
  '7': 't',
  '9': 'g',
};
const PAIR_SWAPS = /rn|vv/g;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]/g;

/**
 * The skeleton of one word for name matching: its readable form in lower case, digit-for-letter
 * swaps read as letters, and everything but letters and digits dropped, so "V1rt-I.O", "virt_io"
 * and "VIRTIO" all read "virtio" (with "l" and "1" both as "i", the same map applied to the names).
 */
export function skeleton(word: string): string {
  return skeletonOfReadable(readableForm(word));
}

/** `skeleton` of text already in its readable form. */
export function skeletonOfReadable(read: string): string {
  const paired = read.toLowerCase().replace(PAIR_SWAPS, (pair) => (pair === 'rn' ? 'm' : 'w'));
  let result = '';
  for (const character of paired) result += LETTER_SWAPS[character] ?? character;
  return result.replace(NOT_LETTER_OR_DIGIT, '');
}
