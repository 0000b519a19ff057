/** What the speed benchmark's init script (measurePage.mjs, installProbe) puts on a page. */
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

/** One key typed in the editor benchmark, in ms from its `keydown` event. */
interface KeySample {
  /** To the first change of the DOM under the watched root; NaN when nothing there changed before the frame. */
  dom: number;
  /** To the task after the next frame: the key's effect has been drawn. */
  frame: number;
}

/** What the editor benchmark's init script (measureKeys.mjs, installKeyProbe) puts on a page. */
interface KeyProbe {
  /** Where a key's effect shows (the editor list's shadow root); null: only the frame is timed. */
  root: Node | null;
  /** One entry per key, in the order typed; empty it (`length = 0`) to start a new measure. */
  readonly samples: KeySample[];
}

interface Window {
  readonly __bench: BenchMarks;
  readonly __keys: KeyProbe;
}
