import {
  anyApiText,
  BACKEND_STEP_DISPLAY_NAMES,
  backendStepIdInAnyForm,
  benignText,
  CLEAN_TEXTS,
  cleanText,
  disguisedToolName,
  FORBIDDEN_SENTINELS,
  forbiddenTechnicalFragments,
  IDENTIFIER_AND_DIAGNOSTIC_FAMILIES,
  type IdentifierOrDiagnosticFamily,
  identifierOrDiagnostic,
  internalStepId,
  ordinaryEnglish,
  pathText,
  plainWords,
  SANITIZER_ACTIONABLE_STEPS,
  SANITIZER_OUTPUTS,
  STEP_DISPLAY_NAMES,
  sentinelText,
  TOOL_NAME_DISGUISES,
  type ToolNameDisguise,
  toolName,
} from '@migratekit/mocks/arbitraries';
import { checkProperty } from '@migratekit/mocks/arbitraries/jest';
import { ERROR_CATEGORIES, type ErrorCategory } from '@migratekit/oma-api';
import {
  guardActionableSteps,
  guardMessage,
  guardOptionalText,
  guardStepName,
} from '@migratekit/operator-text';
import fc from 'fast-check';

/*
 * Properties of the display guard, the one module all API text passes through before an
 * operator reads it. What may not come out is judged by the mocks' oracle alone, which reads
 * text as a person does and shares nothing with the guard: a property that asked the guard
 * about its own output could not find what the guard misses.
 */

const category = (): fc.Arbitrary<ErrorCategory | null> =>
  fc.constantFrom<ErrorCategory | null>(...ERROR_CATEGORIES, 'unknown', null);

/** Any text the guard may be handed: API text, every disguise and diagnostic, benign text, sentinels. */
const guardInput = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: anyApiText() },
    { weight: 2, arbitrary: disguisedToolName() },
    { weight: 2, arbitrary: identifierOrDiagnostic() },
    { weight: 2, arbitrary: benignText() },
    { weight: 1, arbitrary: sentinelText() },
  );

/** What must not survive the guard, as the oracle reads it. */
const blockedFragments = (output: string): string[] => forbiddenTechnicalFragments(output);

const isReadableText = (text: string) =>
  text.trim() !== '' && !FORBIDDEN_SENTINELS.includes(text.trim());

/** A sentence with `fragment` inside, set off by the punctuation real messages use. */
const inSentence = (fragment: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.option(plainWords(4), { nil: '' }),
      fc.constantFrom(' ', ' (', ' "', " '", ' [', ': ', '=', ' «', ' “', ', '),
      fragment,
      fc.constantFrom('', '.', ',', ')', ':', ';', '!', '?', '"', "'", ']', '»', '”', '…'),
      fc.option(plainWords(4), { nil: '' }),
    )
    .map(([before, open, text, close, after]) =>
      `${before}${before ? open : open.trimStart()}${text}${close}${after ? ` ${after}` : ''}`.trim(),
    );

/** Every way the guard is used must refuse `text` whole and show nothing forbidden instead. */
function expectBlocked(text: string, errorCategory: ErrorCategory | null) {
  expect(guardOptionalText(text)).toBeNull();
  const message = guardMessage(text, errorCategory);
  expect(blockedFragments(message)).toEqual([]);
  const step = guardStepName(text);
  if (step !== null) expect(blockedFragments(step)).toEqual([]);
  for (const safeStep of guardActionableSteps([text], errorCategory)) {
    expect(blockedFragments(safeStep)).toEqual([]);
  }
}

describe('the display guard is idempotent', () => {
  it('guardMessage(guardMessage(x)) === guardMessage(x)', () =>
    checkProperty(
      'guardMessage is idempotent',
      fc.property(guardInput(), category(), (text, errorCategory) => {
        const once = guardMessage(text, errorCategory);
        expect(guardMessage(once, errorCategory)).toBe(once);
      }),
      { numRuns: 1500 },
    ));

  it('guardOptionalText(guardOptionalText(x)) === guardOptionalText(x)', () =>
    checkProperty(
      'guardOptionalText is idempotent',
      fc.property(guardInput(), (text) => {
        const once = guardOptionalText(text);
        expect(guardOptionalText(once)).toBe(once);
      }),
      { numRuns: 1500 },
    ));

  it('guardActionableSteps(guardActionableSteps(x)) equals guardActionableSteps(x)', () =>
    checkProperty(
      'guardActionableSteps is idempotent',
      fc.property(fc.array(guardInput(), { maxLength: 8 }), category(), (steps, errorCategory) => {
        const once = guardActionableSteps(steps, errorCategory);
        expect(guardActionableSteps(once, errorCategory)).toEqual(once);
      }),
      { numRuns: 1000 },
    ));

  it('guardStepName(guardStepName(x)) === guardStepName(x)', () =>
    checkProperty(
      'guardStepName is idempotent',
      fc.property(fc.oneof(guardInput(), internalStepId()), (text) => {
        const once = guardStepName(text);
        expect(guardStepName(once)).toBe(once);
      }),
      { numRuns: 1000 },
    ));
});

describe('the display guard never lets a blocked pattern through', () => {
  it('tool names in any letter case, alone or in sentences with punctuation', () =>
    checkProperty(
      'tool names are blocked',
      fc.property(fc.oneof(toolName(), inSentence(toolName())), category(), expectBlocked),
      { numRuns: 1000 },
    ));

  it('device and file paths (Unix and Windows) inside sentences', () =>
    checkProperty(
      'paths are blocked',
      fc.property(fc.oneof(pathText(), inSentence(pathText())), category(), expectBlocked),
      { numRuns: 1000 },
    ));

  it('internal step ids (kebab, snake and constant case) inside sentences', () =>
    checkProperty(
      'internal step ids are blocked',
      fc.property(inSentence(internalStepId()), category(), expectBlocked),
      { numRuns: 1000 },
    ));

  it.each(Object.keys(TOOL_NAME_DISGUISES) as ToolNameDisguise[])(
    'tool names disguised by %s',
    (disguise) =>
      checkProperty(
        `tool names disguised by ${disguise} are blocked`,
        fc.property(inSentence(TOOL_NAME_DISGUISES[disguise]()), category(), expectBlocked),
        { numRuns: 150 },
      ),
  );

  it.each(Object.keys(IDENTIFIER_AND_DIAGNOSTIC_FAMILIES) as IdentifierOrDiagnosticFamily[])(
    'identifiers and diagnostics: %s',
    (family) =>
      checkProperty(
        `${family} is blocked`,
        fc.property(
          fc.oneof(
            IDENTIFIER_AND_DIAGNOSTIC_FAMILIES[family](),
            inSentence(IDENTIFIER_AND_DIAGNOSTIC_FAMILIES[family]()),
          ),
          category(),
          expectBlocked,
        ),
        { numRuns: 150 },
      ),
  );

  it('whatever the API sends, nothing blocked comes out of any guard function', () =>
    checkProperty(
      'guard outputs are clean for any API text',
      fc.property(
        fc.array(guardInput(), { minLength: 1, maxLength: 4 }),
        category(),
        (texts, errorCategory) => {
          const [first = ''] = texts;
          expect(blockedFragments(guardMessage(first, errorCategory))).toEqual([]);
          const optional = guardOptionalText(first);
          if (optional !== null) expect(blockedFragments(optional)).toEqual([]);
          const step = guardStepName(first);
          if (step !== null) expect(blockedFragments(step)).toEqual([]);
          for (const safeStep of guardActionableSteps(texts, errorCategory)) {
            expect(blockedFragments(safeStep)).toEqual([]);
          }
        },
      ),
      { numRuns: 1000 },
    ));
});

describe('the display guard leaves clean text unchanged', () => {
  it('clean messages and sentences of plain words pass through every guard function', () =>
    checkProperty(
      'clean text passes unchanged',
      fc.property(cleanText(), category(), (text, errorCategory) => {
        expect(guardMessage(text, errorCategory)).toBe(text);
        expect(guardOptionalText(text)).toBe(text);
        expect(guardStepName(text)).toBe(text);
      }),
      {
        numRuns: 1500,
        parameters: {
          examples: CLEAN_TEXTS.map((text): [string, ErrorCategory | null] => [text, null]),
        },
      },
    ));

  it('clean actionable steps keep their order, minus case-insensitive repeats', () =>
    checkProperty(
      'clean steps pass unchanged',
      fc.property(fc.array(cleanText(), { minLength: 1, maxLength: 6 }), category(), (steps, c) => {
        const seen = new Set<string>();
        const expected = steps.filter((step) => {
          const key = step.toLowerCase();
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        expect(guardActionableSteps(steps, c)).toEqual(expected);
      }),
      { numRuns: 800 },
    ));

  it("the backend's step display names are kept as they are", () =>
    checkProperty(
      'step display names pass unchanged',
      fc.property(fc.constantFrom(...STEP_DISPLAY_NAMES, ...BACKEND_STEP_DISPLAY_NAMES), (name) => {
        expect(guardStepName(name)).toBe(name);
      }),
      { numRuns: 100 },
    ));
});

describe('the display guard does not over-block', () => {
  it.each([...SANITIZER_OUTPUTS])("the backend sanitizer's %j is shown verbatim", (text) => {
    expect(guardOptionalText(text)).toBe(text);
    expect(guardMessage(text, 'unknown')).toBe(text);
  });

  it("every actionable step the backend's sanitizer sends is kept, in order", () => {
    expect(guardActionableSteps([...SANITIZER_ACTIONABLE_STEPS], 'unknown')).toEqual([
      ...SANITIZER_ACTIONABLE_STEPS,
    ]);
  });

  it('ordinary English with numbers, percentages, durations and VM names is shown verbatim', () =>
    checkProperty(
      'ordinary English passes unchanged',
      fc.property(ordinaryEnglish(), category(), (text, errorCategory) => {
        expect(guardMessage(text, errorCategory)).toBe(text);
        expect(guardOptionalText(text)).toBe(text);
      }),
      { numRuns: 500 },
    ));

  it('backend step ids in kebab, snake, constant or Title Case map to their display names', () =>
    checkProperty(
      'step ids in any form map to display names',
      fc.property(backendStepIdInAnyForm(), ([form, displayName]) => {
        expect(guardStepName(form)).toBe(displayName);
      }),
      { numRuns: 500 },
    ));
});

describe('the display guard always gives readable text', () => {
  it('never returns an empty string, "undefined", "null", "NaN" or similar', () =>
    checkProperty(
      'guard outputs are never empty or sentinels',
      fc.property(fc.array(guardInput(), { maxLength: 4 }), category(), (texts, errorCategory) => {
        const [first = ''] = texts;
        expect(isReadableText(guardMessage(first, errorCategory))).toBe(true);
        const optional = guardOptionalText(first);
        if (optional !== null) expect(isReadableText(optional)).toBe(true);
        const step = guardStepName(first);
        if (step !== null) expect(isReadableText(step)).toBe(true);
        const steps = guardActionableSteps(texts, errorCategory);
        expect(steps.length).toBeGreaterThan(0);
        for (const safeStep of steps) expect(isReadableText(safeStep)).toBe(true);
      }),
      { numRuns: 1500 },
    ));
});
