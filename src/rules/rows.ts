/** Shared by the plan rules' rows. */

/** A row of ones over the given columns. */
export function ones(length: number): number[] {
  return new Array<number>(length).fill(1);
}
