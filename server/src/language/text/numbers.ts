/** A day or month written with two digits ("05"). */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
