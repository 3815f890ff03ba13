/**
 * Ends an exhaustive switch: if a new case is added to a union and a switch
 * forgets it, the call no longer type-checks. At run time it only fires on
 * data that lied about its type (a bad row, an unchecked cast).
 */
export function assertNever(value: never, message = 'Unexpected value'): never {
  throw new Error(`${message}: ${JSON.stringify(value)}`);
}
