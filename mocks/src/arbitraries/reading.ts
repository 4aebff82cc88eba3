/*
 * How a person reads text on a screen, as the leak oracle models it. This is the oracle's own
 * model, written without looking at how the GUI guards its text: a disguise only the guard's
 * normalisation undoes would otherwise go unnoticed by both.
 *
 * Reading order: encodings a page shows literally are read as what they encode ("%2D", "&#45;"
 * read as "-"); right-to-left overrides display their run reversed; compatibility forms fold
 * (NFKD: full-width, mathematical and ligature letters); marks and invisible characters are not
 * seen; look-alike letters from other scripts read as the Latin letter they imitate.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hyphen: '-',
  dash: '-',
  ndash: '-',
  mdash: '-',
  minus: '-',
  shy: '',
  zwj: '',
  zwnj: '',
  lrm: '',
  rlm: '',
  period: '.',
  sol: '/',
  bsol: '\\',
  colon: ':',
  lowbar: '_',
  num: '#',
  percnt: '%',
  commat: '@',
};

function decodeEntitiesOnce(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (whole, hex: string) =>
      fromCodePoint(parseInt(hex, 16), whole),
    )
    .replace(/&#(\d{1,7});?/g, (whole, decimal: string) => fromCodePoint(Number(decimal), whole))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? whole);
}

function fromCodePoint(codePoint: number, fallback: string): string {
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : fallback;
}

// Percent-encoded bytes, UTF-8 sequences included ("%E2%80%8B" is one zero-width space).
function decodePercentOnce(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      );
    }
  });
}

/** Entity and percent encodings decoded, nested ones too ("&amp;#45;", "%252D"). */
export function decodeEncodings(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round += 1) {
    const next = decodePercentOnce(decodeEntitiesOnce(current));
    if (next === current) break;
    current = next;
  }
  return current;
}

const RIGHT_TO_LEFT_OVERRIDE = '\u202e';
const LEFT_TO_RIGHT_OVERRIDE = '\u202d';
// What ends an override: the pop, an isolate's end, a new line.
const OVERRIDE_END = /[\u202c\u2069\n]/;

/**
 * The text in display order, as far as overrides decide it: a right-to-left override shows
 * its run reversed, so "\u202Eoitriv" displays "virtio". (Letters of right-to-left scripts
 * reorder too, but never turn into Latin words, so they do not matter here.)
 */
export function displayOrder(text: string): string {
  let result = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === RIGHT_TO_LEFT_OVERRIDE || char === LEFT_TO_RIGHT_OVERRIDE) {
      let end = index + 1;
      while (end < text.length && !OVERRIDE_END.test(text[end] ?? '')) end += 1;
      const run = text.slice(index + 1, end);
      result += char === RIGHT_TO_LEFT_OVERRIDE ? [...displayOrder(run)].reverse().join('') : run;
      // The pop belongs to the override; an isolate's end or a new line stays.
      index = text[end] === '\u202c' ? end + 1 : end;
    } else {
      result += char;
      index += 1;
    }
  }
  return result;
}

/*
 * Letters of other scripts that a reader takes for Latin ones: Cyrillic, Greek, Armenian,
 * Latin small capitals and other shapes NFKD leaves alone.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  ё: 'e',
  һ: 'h',
  н: 'h',
  і: 'i',
  ї: 'i',
  ӏ: 'l',
  ј: 'j',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  г: 'r',
  ѕ: 's',
  т: 't',
  у: 'y',
  ү: 'y',
  ѵ: 'v',
  ԝ: 'w',
  х: 'x',
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ӏ: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  У: 'Y',
  Ү: 'Y',
  Ѵ: 'V',
  Ԝ: 'W',
  Х: 'X',
  // Greek
  α: 'a',
  β: 'b',
  ϲ: 'c',
  δ: 'd',
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
  γ: 'y',
  ω: 'w',
  Α: 'A',
  Β: 'B',
  Ϲ: 'C',
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
  // Armenian
  օ: 'o',
  ս: 'u',
  հ: 'h',
  ո: 'n',
  ց: 'g',
  // Latin shapes NFKD keeps: small capitals, dotless i, script g, long s
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  ı: 'i',
  ɩ: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ſ: 's',
};

// Punctuation that reads as the ASCII sign: dashes, slashes, backslashes, colons, dots.
const PUNCTUATION_LOOK_ALIKES: readonly [RegExp, string][] = [
  [/[\p{Pd}\u2212\u2043\u02d7\u2796\ufe63]/gu, '-'],
  [/[\u2044\u2215\u29f8\u2571\u27cb]/g, '/'],
  [/[\u2216\u29f5\u29f9\ufe68\u2572\u27cd]/g, '\\'],
  [/[\u2236\ua789\u0589\u02d0\u02f8\u05c3]/g, ':'],
  [/[\u2024\u00b7\u2027\u0701]/g, '.'],
];

// Characters nobody sees: marks (they sit on the letter before), format and default-ignorable
// characters (zero-width, bidi controls, variation selectors, tags, fillers), private use.
const UNSEEN = /[\p{Mn}\p{Me}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Co}]/gu;

/**
 * The text as a person reads it: encodings decoded, overrides in display order, NFKD, marks
 * and invisible characters gone, look-alike letters and signs as their Latin/ASCII originals,
 * control characters and exotic spaces as spaces. Case is kept.
 */
export function readAs(text: string): string {
  let read = displayOrder(decodeEncodings(text)).normalize('NFKD').replace(UNSEEN, '');
  read = [...read].map((char) => LOOK_ALIKES[char] ?? char).join('');
  for (const [pattern, replacement] of PUNCTUATION_LOOK_ALIKES) {
    read = read.replace(pattern, replacement);
  }
  return read.replace(/[\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/gu, ' ');
}

// Digits and signs that stand in for letters ("V1rtIO", "nbdk1t", "qemu-1mg"); i, l, 1 and |
// look alike, so they read as one letter.
const LETTER_SWAPS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  l: 'i',
  '|': 'i',
  '!': 'i',
  '2': 'z',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  '5': 's',
  $: 's',
  '6': 'b',
  '7': 't',
  '8': 'b',
  '9': 'g',
};

/** Lower case with look-alike digits and signs as letters: only letters remain meaningful. */
function letterForm(read: string): string {
  return [...read.toLowerCase()].map((char) => LETTER_SWAPS[char] ?? char).join('');
}

/** Read forms for matching names whatever their spelling. */
export interface NameSkeleton {
  /** Words of letters, one space apart; runs of single letters ("v i r t i o") joined into one word. */
  words: string;
  /** All letters run together: separators, spaces and punctuation gone. */
  joined: string;
}

/** The skeleton of read text (pass it through `readAs` first) for matching names. */
export function nameSkeleton(read: string): NameSkeleton {
  const letters = letterForm(read);
  const tokens = letters.split(/[^a-z]+/).filter((token) => token !== '');
  const words: string[] = [];
  let singles: string[] = [];
  const flush = () => {
    if (singles.length >= 3) words.push(singles.join(''));
    else words.push(...singles);
    singles = [];
  };
  for (const token of tokens) {
    if (token.length === 1) singles.push(token);
    else {
      flush();
      words.push(token);
    }
  }
  flush();
  return { words: ` ${words.join(' ')} `, joined: tokens.join('') };
}
