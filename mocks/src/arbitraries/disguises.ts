import fc from 'fast-check';

/*
 * Tool names written so a pattern over the plain text misses them while a person still reads
 * the name. Each way of hiding a name is a generator of its own, so a test can tell which one
 * got through. The lists here are this module's own, not any guard's: ranges of invisible
 * characters and marks rather than a few favourites, look-alikes from several scripts.
 */

/** Names to disguise, as the brief and the backend write them. */
const DISGUISE_BASE_NAMES = [
  'virtio',
  'VirtIO',
  'virt-v2v',
  'libguestfs',
  'nbdkit',
  'qemu-img',
] as const;

/** The name inside a sentence of its own, as a backend message carries it. */
const inMessage = (disguised: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('', 'Conversion failed: ', 'Error from ', 'Driver setup (', 'The '),
      disguised,
      fc.constantFrom('', ' failed', ' driver error', ') did not finish', ' reported a problem'),
    )
    .map(([before, name, after]) => `${before}${name}${after}`);

/** Other spellings of tool names: no brief spelling ("virt-v2v", "VirtIO") matches them. */
const OTHER_SPELLINGS = [
  'V2V conversion failed',
  'VirtV2V',
  'virtv2v',
  'Virt V2V',
  'virt_v2v',
  'virt.v2v',
  'VIRT V2V',
  'Virt-IO',
  'virt io',
  'virt_io',
  'lib-guestfs',
  'guestfish',
  'QEMU',
  'qemu img',
  'qemu_img',
  'nbd-kit',
  'libvirt',
  'virsh',
  'CloudStack',
  'LINSTOR',
] as const;

const otherSpelling = () => fc.mixedCase(fc.constantFrom(...OTHER_SPELLINGS));

/** "v i r t i o", "V-I-R-T-I-O", "q.e.m.u.i.m.g": one letter at a time. */
const spacedLetters = () =>
  fc
    .tuple(fc.constantFrom(...DISGUISE_BASE_NAMES), fc.constantFrom(' ', '-', '.', ' . ', '  '))
    .map(([name, gap]) => [...name.replaceAll('-', '')].join(gap));

const DIGIT_FOR_LETTER: Readonly<Record<string, string>> = {
  i: '1',
  I: '1',
  l: '1',
  o: '0',
  O: '0',
  e: '3',
  E: '3',
  a: '4',
  s: '5',
  t: '7',
  g: '9',
};

/** "V1rtIO", "v1rt10", "l1bgu3stfs": digits standing in for letters, at least one. */
const digitSwap = () =>
  fc
    .tuple(
      fc.constantFrom(...DISGUISE_BASE_NAMES),
      fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    )
    .map(([name, mask]) => {
      let swapped = 0;
      const chars = [...name].map((char, index) => {
        const digit = DIGIT_FOR_LETTER[char];
        // The first swappable letter always turns, the rest when the mask says so.
        if (digit !== undefined && (swapped === 0 || mask[index])) {
          swapped += 1;
          return digit;
        }
        return char;
      });
      return chars.join('');
    });

const percentByte = (char: string, upper: boolean) => {
  const hex = (char.codePointAt(0) ?? 0).toString(16).padStart(2, '0');
  return `%${upper ? hex.toUpperCase() : hex}`;
};

/** "virt%2Dv2v", "%76irtio", "qemu%252Dimg": percent-encoded hyphens or letters, nested at times. */
const percentEncoded = () =>
  fc
    .tuple(fc.constantFrom(...DISGUISE_BASE_NAMES), fc.nat(), fc.boolean(), fc.boolean())
    .map(([name, pick, upper, twice]) => {
      const index = name.includes('-') ? name.indexOf('-') : pick % name.length;
      const encoded = percentByte(name[index] ?? '-', upper);
      const nested = twice ? encoded.replace('%', '%25') : encoded;
      return `${name.slice(0, index)}${nested}${name.slice(index + 1)}`;
    });

/** "virt&#45;v2v", "virt&#x2D;v2v", "&#118;irtio", "qemu&hyphen;img": HTML entities. */
const entityEncoded = () =>
  fc
    .tuple(
      fc.constantFrom(...DISGUISE_BASE_NAMES),
      fc.constantFrom('decimal', 'hex', 'named', 'nested'),
      fc.nat(),
    )
    .map(([name, form, pick]) => {
      const index = name.includes('-') ? name.indexOf('-') : pick % name.length;
      const char = name[index] ?? '-';
      const code = char.codePointAt(0) ?? 45;
      const entity =
        form === 'decimal'
          ? `&#${code};`
          : form === 'hex'
            ? `&#x${code.toString(16).toUpperCase()};`
            : form === 'nested'
              ? `&amp;#${code};`
              : char === '-'
                ? '&hyphen;'
                : `&#${code};`;
      return `${name.slice(0, index)}${entity}${name.slice(index + 1)}`;
    });

/*
 * Characters with no width and no glyph: soft hyphen, combining grapheme joiner, Arabic letter
 * mark, Khmer and Mongolian format signs, zero-width and directional marks, embeddings (not
 * overrides: those reverse what follows), word joiner and invisible operators, isolates,
 * deprecated format characters, BOM, shorthand format controls, musical format signs, tags,
 * variation selectors.
 */
export const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202c],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0x206a, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0001, 0xe0001],
  [0xe0020, 0xe007f],
  [0xe0100, 0xe01ef],
];

/** One invisible character, from anywhere in the ranges. */
export const invisibleCharacter = (): fc.Arbitrary<string> =>
  fc
    .constantFrom(...INVISIBLE_RANGES)
    .chain(([min, max]) => fc.integer({ min, max }))
    .map((codePoint) => String.fromCodePoint(codePoint));

/** Combining marks: diacritics, extended, supplement, for symbols, half marks. */
const COMBINING_RANGES: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1abd],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20dc],
  [0xfe20, 0xfe2f],
];

const combiningMark = (): fc.Arbitrary<string> =>
  fc
    .constantFrom(...COMBINING_RANGES)
    .chain(([min, max]) => fc.integer({ min, max }))
    .map((codePoint) => String.fromCodePoint(codePoint));

/** `insert` placed after some letters of a name (after the first letter at least). */
const sprinkled = (insert: () => fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom(...DISGUISE_BASE_NAMES),
      fc.array(fc.option(insert(), { freq: 2 }), { minLength: 12, maxLength: 12 }),
      insert(),
    )
    .map(([name, inserts, first]) => {
      const chars = [...name];
      return chars
        .map((char, index) => {
          if (index === chars.length - 1) return char;
          if (index === 0) return `${char}${first}`;
          return `${char}${inserts[index] ?? ''}`;
        })
        .join('');
    });

/** "Vir\u034FtIO", "virt\u2066-v2v", "nbd\u{E0041}kit": invisible characters inside. */
const invisibleCharacters = () => sprinkled(invisibleCharacter);

/** "vi\u0301rtio", "n\u0334bdkit": combining marks on the letters. */
const combiningMarks = () => sprinkled(combiningMark);

/* Letters of other scripts that look Latin: this module's own picks. */
const LOOK_ALIKE_LETTERS: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'α'],
  c: ['с', 'ϲ'],
  d: ['ԁ'],
  e: ['е'],
  g: ['ɡ'],
  i: ['і', 'ι', 'ɪ', 'ı'],
  I: ['І', 'Ι', 'Ӏ'],
  k: ['к', 'κ'],
  l: ['ӏ'],
  m: ['м'],
  n: ['ո'],
  o: ['о', 'ο', 'օ', 'ᴏ'],
  O: ['О', 'Ο'],
  p: ['р', 'ρ'],
  q: ['ԛ'],
  r: ['г', 'ʀ'],
  s: ['ѕ'],
  t: ['т', 'τ', 'ᴛ'],
  u: ['υ', 'ս'],
  v: ['ν', 'ѵ', 'ᴠ'],
  V: ['Ѵ'],
  x: ['х', 'χ'],
  y: ['у'],
};

/** "vіrtio" with a Cyrillic і, "ΝbdkіΤ", "ᴠɪʀᴛɪᴏ": at least one letter from another script. */
const lookAlikeLetters = () =>
  fc
    .tuple(
      fc.constantFrom(...DISGUISE_BASE_NAMES),
      fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    )
    .map(([name, picks]) => {
      let replaced = 0;
      return [...name]
        .map((char, index) => {
          const options = LOOK_ALIKE_LETTERS[char];
          const pick = picks[index] ?? 0;
          if (options === undefined || (replaced > 0 && pick % 3 === 0)) return char;
          replaced += 1;
          return options[pick % options.length] ?? char;
        })
        .join('');
    });

/** "ＶｉｒｔＩＯ", "𝐯𝐢𝐫𝐭𝐢𝐨", "ⓥⓘⓡⓣⓘⓞ": full-width, mathematical and circled forms. */
const compatibilityForms = () =>
  fc
    .tuple(fc.constantFrom(...DISGUISE_BASE_NAMES), fc.constantFrom(0xfee0, 'bold', 'circled'))
    .map(([name, form]) =>
      [...name]
        .map((char) => {
          const code = char.codePointAt(0) ?? 0;
          const lower = char >= 'a' && char <= 'z';
          const upper = char >= 'A' && char <= 'Z';
          if (form === 0xfee0)
            return code > 0x20 && code < 0x7f ? String.fromCodePoint(code + 0xfee0) : char;
          if (form === 'bold') {
            if (lower) return String.fromCodePoint(0x1d41a + code - 97);
            if (upper) return String.fromCodePoint(0x1d400 + code - 65);
            return char;
          }
          if (lower) return String.fromCodePoint(0x24d0 + code - 97);
          if (upper) return String.fromCodePoint(0x24b6 + code - 65);
          return char;
        })
        .join(''),
    );

/** "virt\u2011v2v", "qemu\u2212img": typographic dashes for the hyphen. */
const typographicDashes = () =>
  fc
    .tuple(
      fc.constantFrom('virt-v2v', 'qemu-img', 'virt-io'),
      fc.constantFrom(
        '\u2010',
        '\u2011',
        '\u2012',
        '\u2013',
        '\u2014',
        '\u2212',
        '\ufe63',
        '\uff0d',
      ),
    )
    .map(([name, dash]) => name.replace('-', dash));

const reversed = (text: string) => [...text].reverse().join('');

/** "\u202Eoitriv\u202C": stored backwards, shown forwards by a right-to-left override. */
const bidiOverride = () =>
  fc
    .tuple(fc.constantFrom(...DISGUISE_BASE_NAMES), fc.constantFrom('pop', 'isolate', 'open'))
    .map(([name, form]) => {
      const hidden = `\u202e${reversed(name)}`;
      if (form === 'pop') return `${hidden}\u202c`;
      if (form === 'isolate') return `\u2067${hidden}\u202c\u2069`;
      return hidden;
    });

/** The ways a tool name is disguised, each a generator of messages holding one. */
export const TOOL_NAME_DISGUISES = {
  'other spelling': () => inMessage(otherSpelling()),
  'spaced letters': () => inMessage(spacedLetters()),
  'digit swap': () => inMessage(digitSwap()),
  'percent encoding': () => inMessage(percentEncoded()),
  'entity encoding': () => inMessage(entityEncoded()),
  'invisible characters': () => inMessage(invisibleCharacters()),
  'combining marks': () => inMessage(combiningMarks()),
  'look-alike letters': () => inMessage(lookAlikeLetters()),
  'compatibility forms': () => inMessage(compatibilityForms()),
  'typographic dashes': () => inMessage(typographicDashes()),
  'bidi override': () => inMessage(bidiOverride()),
} as const satisfies Record<string, () => fc.Arbitrary<string>>;

/** One way of disguising a tool name. */
export type ToolNameDisguise = keyof typeof TOOL_NAME_DISGUISES;

/** A message with a disguised tool name, any disguise. */
export const disguisedToolName = (): fc.Arbitrary<string> =>
  fc.oneof(...Object.values(TOOL_NAME_DISGUISES).map((disguise) => disguise()));
