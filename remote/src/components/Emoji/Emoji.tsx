import cx from './Emoji.module.css';

export interface EmojiProps {
  /** The emoji character(s) to show. */
  symbol: string;
  /** What the emoji means, read by screen readers; null when neighbouring text already says it. */
  label: string | null;
  /** Extra class for sizing or spacing. */
  className?: string;
}

/**
 * An emoji used as an icon, announced by its meaning rather than its Unicode name.
 * @deprecated Machines without an emoji font draw empty boxes; use `Icon` (inline SVG) instead.
 */
export function Emoji({ symbol, label, className }: EmojiProps) {
  const classes = className ? `${cx.emoji} ${className}` : cx.emoji;
  if (label === null) {
    return (
      <span className={classes} aria-hidden="true">
        {symbol}
      </span>
    );
  }
  return (
    <span className={classes} role="img" aria-label={label}>
      {symbol}
    </span>
  );
}
