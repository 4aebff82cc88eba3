import { List, Text } from '@mantine/core';
import type { OperatorText } from '@migratekit/operator-text';
import { useId } from 'react';
import cx from './ActionableSteps.module.css';

export interface ActionableStepsProps {
  /** The steps to show, through the operator-text policy (raw API text does not type-check). */
  steps: readonly OperatorText[];
}

/** The "What you can do:" list that follows every failure, shown prominently. */
export function ActionableSteps({ steps }: ActionableStepsProps) {
  const headingId = useId();
  if (steps.length === 0) return null;
  return (
    <div className={cx.root}>
      <Text id={headingId} fw={700} size="sm">
        What you can do:
      </Text>
      <List aria-labelledby={headingId} size="sm" withPadding className={cx.list}>
        {steps.map((step, index) => (
          // Steps may repeat; their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is static per render
          <List.Item key={index}>{step}</List.Item>
        ))}
      </List>
    </div>
  );
}
