declare const operatorTextBrand: unique symbol;

/**
 * Text the operator-text policy has let through: safe for any operator to read. Only this
 * package makes values of this type, so a component that takes `OperatorText` cannot be handed
 * raw API text by mistake (TypeScript rejects a plain string).
 */
export type OperatorText = string & { readonly [operatorTextBrand]: true };

/** Marks text the policy has checked. Internal: never exported from the package. */
export function approved(text: string): OperatorText {
  return text as OperatorText;
}
