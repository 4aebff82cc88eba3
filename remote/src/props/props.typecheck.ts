/*
 * Compile-time check, run by `pnpm typecheck`: the props hosts compile against (the contract
 * package's interfaces) and the props the remote accepts at runtime (the zod schemas' input)
 * are the same, prop by prop, both ways. A prop added, removed, made required or retyped on one
 * side only fails here with the prop's name ("Type '"newProp"' does not satisfy the constraint
 * 'never'").
 */
import type {
  LastOperationBadgeProps,
  VmOperationsProps,
} from '@migratekit/vm-operations-contract';
import type { z } from 'zod/mini';
import type { LastOperationBadgePropsSchema, VmOperationsPropsSchema } from './props';

/** The props present in only one of A and B, or optional or typed differently in them. */
type DisagreeingProps<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A
    ? K extends keyof B
      ? [Pick<A, K>] extends [Pick<B, K>]
        ? [Pick<B, K>] extends [Pick<A, K>]
          ? never
          : K
        : K
      : K
    : K;
}[keyof A | keyof B];

/** Compiles only when no prop disagrees. */
type NoDisagreeingProps<Props extends never> = Props;

export type VmOperationsPropsAgree = NoDisagreeingProps<
  DisagreeingProps<z.input<typeof VmOperationsPropsSchema>, VmOperationsProps>
>;
export type LastOperationBadgePropsAgree = NoDisagreeingProps<
  DisagreeingProps<z.input<typeof LastOperationBadgePropsSchema>, LastOperationBadgeProps>
>;
