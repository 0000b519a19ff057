/** What the benchmark's init script (measurePage.mjs, installProbe) puts on a page. */
interface BenchMarks {
  /** The first question painted: ms since navigation started, and its text. */
  first: { ms: number; text: string } | null;
  /** Each measured Next: ms from the key press to the next question painted, and its text. */
  next: { ms: number; text: string }[];
  armed: { previous: string; since: number | null } | null;
  /** The next key press starts a measurement that ends when a question other than `previous` is painted. */
  arm(previous: string): void;
  /** The text of the question on show, if it is laid out. */
  shown(): string | null;
}

interface Window {
  readonly __bench: BenchMarks;
}
