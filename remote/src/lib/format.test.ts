import { formatBytes, formatDuration, formatPercent, formatRelativeTime } from './format';

const NOW = Date.parse('2025-10-03T17:47:47Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe('formatRelativeTime', () => {
  it.each([
    ['25 seconds earlier', ago(25_000), '25 seconds ago'],
    ['one minute earlier', ago(60_000), '1 minute ago'],
    ['59 minutes earlier', ago(59 * 60_000 + 59_000), '59 minutes ago'],
    ['three hours earlier', ago(3 * 3_600_000 + 10_000), '3 hours ago'],
    ['one day earlier', ago(24 * 3_600_000), 'yesterday'],
    ['five days earlier', ago(5 * 24 * 3_600_000), '5 days ago'],
    ['two months earlier', ago(61 * 24 * 3_600_000), '2 months ago'],
    ['two years earlier', ago(2 * 366 * 24 * 3_600_000), '2 years ago'],
    ['the same instant', ago(0), 'just now'],
    ['a few seconds earlier', ago(3_000), 'just now'],
    ['a time in the future (clock skew)', ago(-90_000), 'just now'],
  ])('%s → %s', (_label, iso, expected) => {
    expect(formatRelativeTime(iso, NOW)).toBe(expected);
  });

  it.each([
    ['no timestamp', null, NOW],
    ['an unparseable timestamp', 'not a date', NOW],
    ['an invalid clock', ago(25_000), Number.NaN],
  ])('returns null for %s', (_label, iso, now) => {
    expect(formatRelativeTime(iso, now)).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [25, '25 seconds'],
    [59.4, '59 seconds'],
    [60, '1 min'],
    [65, '1 min 5 s'],
    [3599, '59 min 59 s'],
    [3600, '1 h'],
    [7380, '2 h 3 min'],
    [90_061, '25 h 1 min'],
  ])('%p seconds → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it.each([null, -1, Number.NaN, Number.POSITIVE_INFINITY])('returns null for %p', (value) => {
    expect(formatDuration(value)).toBeNull();
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1_023, '1,023 B'],
    [1_024, '1 KB'],
    [1_536, '1.5 KB'],
    [1_048_535, '1 MB'],
    [28_346_784_154, '26.4 GB'],
    [3.2 * 1024 ** 4, '3.2 TB'],
    [2 * 1024 ** 6, '2,048 PB'],
  ])('%p bytes → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it.each([null, -5, Number.NaN])('returns null for %p', (value) => {
    expect(formatBytes(value)).toBeNull();
  });
});

describe('formatPercent', () => {
  it.each([
    [60, '60%'],
    [0, '0%'],
    [45.7, '45%'],
    [99.9, '99%'],
    [100, '100%'],
    [140, '100%'],
    [-3, '0%'],
  ])('%p → %s', (progress, expected) => {
    expect(formatPercent(progress)).toBe(expected);
  });

  it.each([null, Number.NaN])('returns null for %p', (value) => {
    expect(formatPercent(value)).toBeNull();
  });
});

describe('times and durations from the real backend', () => {
  it.each([
    ["Go's zero time", '0001-01-01T00:00:00Z'],
    ['the Unix epoch', '1970-01-01T00:00:00Z'],
  ])('shows no relative time for %s', (_label, iso) => {
    expect(formatRelativeTime(iso, NOW)).toBeNull();
  });

  it.each([
    ['nanoseconds and a +02:00 offset', '2025-10-03T19:47:21.999999999+02:00', '25 seconds ago'],
    ['a -05:00 offset', '2025-10-03T12:44:47-05:00', '3 minutes ago'],
  ])('reads %s', (_label, iso, expected) => {
    expect(formatRelativeTime(iso, NOW)).toBe(expected);
  });

  it.each([
    ['a zero created_at', 9_223_372_036],
    ['just over 30 days', 30 * 86_400 + 1],
  ])('shows no duration for %s', (_label, seconds) => {
    expect(formatDuration(seconds)).toBeNull();
  });

  it('still shows 30 days', () => {
    expect(formatDuration(30 * 86_400)).toBe('720 h');
  });
});
