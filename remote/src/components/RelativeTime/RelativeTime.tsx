import { formatRelativeTime } from '../../lib/format';

export interface RelativeTimeProps {
  /** The moment to describe (ISO 8601); nothing is rendered when null or unparseable. */
  iso: string | null;
  /** The current time in ms, so every time on screen ages together. */
  now: number;
  /** Words before the relative time, e.g. "Started". */
  prefix?: string;
}

const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "25 seconds ago" in a `<time>` element whose tooltip gives the exact date. */
export function RelativeTime({ iso, now, prefix }: RelativeTimeProps) {
  const relative = formatRelativeTime(iso, now);
  if (iso === null || relative === null) return null;
  const text = prefix ? `${prefix} ${relative}` : relative;
  return (
    <time dateTime={iso} title={absolute.format(Date.parse(iso))}>
      {text}
    </time>
  );
}
