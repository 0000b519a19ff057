/**
 * Changes an opened YAML file into one that holds new data, touching only the text of what
 * differs: a changed text is replaced where it stands (in the quotes it had), a new field or card
 * is inserted after its neighbour, a deleted one is cut out, a moved card is cut out and put back
 * at its new place. Every other line, comment and blank line stays as the trainer wrote it.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  parse,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { isData, sameData, type Data } from './deckData.ts';
import { yamlBlock, yamlDocument, yamlField, yamlScalar, yamlString } from './yamlText.ts';

/** The data of a YAML text, or `undefined` when it cannot be read. */
export function readYaml(text: string): unknown {
  try {
    return parse(text, { logLevel: 'silent', uniqueKeys: false });
  } catch {
    return undefined;
  }
}

/** A replacement of `text.slice(start, end)`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits that do not overlap. An insertion at the place where a cut starts goes before what
 * is left; insertions at one place keep the order they were made in.
 */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.order - a.order)
    .map(({ edit }) => edit);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

const isScalarValue = (value: unknown): boolean => !Array.isArray(value) && !isData(value);

/** A node's text range: [start, end of value]. */
const rangeOf = (node: Node): [number, number] => {
  const range = node.range ?? [0, 0, 0];
  return [range[0], range[1]];
};

class Patcher {
  readonly edits: Edit[] = [];

  constructor(
    private readonly text: string,
    /** Translation files: new texts are written as pairs on one line. */
    private readonly pairs: boolean,
  ) {}

  // ── Places in the text ──

  /** The start of the line `offset` is on. */
  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The place after the line break that ends the line `offset` is on (or that `offset` follows). */
  lineEnd(offset: number): number {
    if (offset > 0 && this.text[offset - 1] === '\n') return offset;
    const next = this.text.indexOf('\n', offset);
    return next < 0 ? this.text.length : next + 1;
  }

  /** The end of a line's content, without its line break. */
  contentEnd(offset: number): number {
    const end = this.lineEnd(offset);
    return end > 0 && this.text[end - 1] === '\n' ? end - 1 : end;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** Whether only spaces stand before `offset` on its line. */
  startsLine(offset: number): boolean {
    return this.text.slice(this.lineStart(offset), offset).trim() === '';
  }

  /** Where a node's last character is (for block collections: the end of their last item). */
  nodeEnd(node: Node | null | undefined): number {
    if (!node) return 0;
    if ((isMap(node) || isSeq(node)) && !node.flow) {
      const last = node.items[node.items.length - 1];
      if (last === undefined) return rangeOf(node)[0];
      if (isPair(last)) return last.value ? this.nodeEnd(last.value as Node) : rangeOf(last.key as Node)[1];
      return this.nodeEnd(last as Node);
    }
    const [start, end] = rangeOf(node);
    return Math.max(start, end);
  }

  // ── Values ──

  /** Changes `node` (holding `old`) to hold `next`; `replace` writes it anew when it cannot be patched. */
  value(node: Node | null, old: unknown, next: unknown, flow: boolean, replace: () => void): void {
    if (sameData(old, next)) return;
    if (isMap(node) && isData(next) && isData(old)) {
      if (!node.flow) return this.map(node, old, next);
      const keys = Object.keys(next);
      const sameKeys =
        keys.length === Object.keys(old).length && keys.every((key) => Object.hasOwn(old, key));
      if (sameKeys && keys.every((key) => isScalarValue(next[key]) && isScalarValue(old[key])))
        return this.map(node, old, next, true);
      return replace();
    }
    if (isSeq(node) && Array.isArray(next) && Array.isArray(old) && !node.flow && next.length > 0)
      return this.seq(node, old, next);
    if (isScalar(node) && isScalarValue(next)) return this.scalar(node, next, flow);
    replace();
  }

  /** Replaces a scalar where it stands, in the same kind of quotes where that is possible. */
  scalar(node: Scalar, next: unknown, flow: boolean): void {
    const [start, end] = rangeOf(node);
    let written: string;
    if (typeof next !== 'string') written = yamlScalar(next, flow);
    else if (node.type === 'QUOTE_DOUBLE') written = JSON.stringify(next);
    // eslint-disable-next-line no-control-regex
    else if (node.type === 'QUOTE_SINGLE' && !/[\n\r\t\u0000-\u001f\u007f\u2028\u2029]/.test(next))
      written = `'${next.replace(/'/g, "''")}'`;
    else written = yamlString(next, flow);
    if (end <= start) {
      // `prompt:` with nothing after it.
      this.edits.push({ start, end: start, text: ` ${written}` });
      return;
    }
    // A block text (`|`) ends with its line break; keep it.
    if (this.text[end - 1] === '\n') written += '\n';
    this.edits.push({ start, end, text: written });
  }

  // ── Maps ──

  map(node: YAMLMap, old: Data, next: Data, flow = node.flow ?? false): void {
    const pairs = node.items.filter(
      (item): item is Pair<Scalar, Node | null> => isPair(item) && isScalar(item.key),
    );
    const present = new Set<string>();
    for (const pair of pairs) {
      const key = String(pair.key.value);
      present.add(key);
      if (!Object.hasOwn(next, key)) {
        this.deletePair(node, pair);
        continue;
      }
      this.value(pair.value, old[key], next[key], flow, () => this.replacePair(pair, key, next[key]));
    }
    // New fields: after the field before them (in the new order) that is there already.
    const keys = Object.keys(next);
    const inserts = new Map<number, string[]>();
    keys.forEach((key, index) => {
      if (present.has(key) || next[key] === undefined) return;
      let anchor: number | undefined;
      for (let before = index - 1; before >= 0 && anchor === undefined; before--) {
        const pair = pairs.find((item) => String(item.key.value) === keys[before]);
        if (pair) anchor = this.lineEnd(this.pairEnd(pair));
      }
      const first = pairs[0];
      if (anchor === undefined && first) {
        const start = rangeOf(first.key)[0];
        anchor = this.startsLine(start) ? this.lineStart(start) : this.lineEnd(this.pairEnd(first));
      }
      if (anchor === undefined) return;
      const indent = first ? this.column(rangeOf(first.key)[0]) : 0;
      const lines = yamlField(key, next[key], indent, this.pairs);
      inserts.set(anchor, [...(inserts.get(anchor) ?? []), ...lines]);
    });
    for (const [at, lines] of inserts) {
      const needsBreak = at === this.text.length && at > 0 && this.text[at - 1] !== '\n';
      this.edits.push({ start: at, end: at, text: `${needsBreak ? '\n' : ''}${lines.join('\n')}\n` });
    }
  }

  pairEnd(pair: Pair<Scalar, Node | null>): number {
    return pair.value ? this.nodeEnd(pair.value) : rangeOf(pair.key)[1];
  }

  /** Writes a field anew where it stands (`answer: talk` becoming a choice, …). */
  replacePair(pair: Pair<Scalar, Node | null>, key: string, value: unknown): void {
    const start = rangeOf(pair.key)[0];
    const value_ = pair.value;
    const end =
      value_ && (isMap(value_) || isSeq(value_)) && !value_.flow
        ? this.contentEnd(this.pairEnd(pair))
        : this.pairEnd(pair);
    const indent = this.column(start);
    const lines = yamlField(key, value, indent, this.pairs);
    lines[0] = lines[0]!.slice(indent);
    this.edits.push({ start, end, text: lines.join('\n') });
  }

  deletePair(node: YAMLMap, pair: Pair<Scalar, Node | null>): void {
    const start = rangeOf(pair.key)[0];
    if (this.startsLine(start)) {
      this.edits.push({ start: this.lineStart(start), end: this.lineEnd(this.pairEnd(pair)), text: '' });
      return;
    }
    // The first field after `- `: the next field moves up onto its line.
    const index = node.items.indexOf(pair);
    const following = node.items[index + 1];
    if (following && isPair(following) && isScalar(following.key)) {
      this.edits.push({ start, end: rangeOf(following.key)[0], text: '' });
    } else {
      this.edits.push({ start, end: this.pairEnd(pair), text: '{}' });
    }
  }

  // ── Lists ──

  /** Where an item's lines start (its `- `) and end (after its last line break). */
  chunk(item: Node): [number, number] {
    return [this.lineStart(rangeOf(item)[0]), this.lineEnd(this.nodeEnd(item))];
  }

  seq(node: YAMLSeq, old: unknown[], next: unknown[]): void {
    const items = node.items as Node[];
    if (items.length !== old.length) return this.seqByIndex(items, old, next);
    const ids = (list: unknown[]) =>
      list.map((item) => (isData(item) && typeof item.id === 'string' ? item.id : undefined));
    const oldIds = ids(old);
    const nextIds = ids(next);
    const unique = (list: (string | undefined)[]) =>
      list.every((id) => id !== undefined) && new Set(list).size === list.length;
    if (unique(oldIds) && unique(nextIds))
      return this.seqById(items, old, next, oldIds as string[], nextIds as string[]);
    this.seqByIndex(items, old, next);
  }

  /** The text an item is written as: `- …` lines at the list's indentation, ending in a line break. */
  newItem(value: unknown, dash: number): string {
    return `${yamlBlock([value], dash, this.pairs).join('\n')}\n`;
  }

  /** Changes one item of a list where it stands. */
  item(node: Node, old: unknown, next: unknown): void {
    this.value(node, old, next, false, () => {
      const [start, end] = rangeOf(node);
      const dash = this.column(this.dashOf(node));
      const contentEnd =
        (isMap(node) || isSeq(node)) && !node.flow ? this.contentEnd(this.nodeEnd(node)) : end;
      const written = this.newItem(next, dash).replace(/\n$/, '');
      this.edits.push({ start, end: contentEnd, text: written.slice(dash + 2) });
    });
  }

  /** Where the `- ` of an item is. */
  dashOf(item: Node): number {
    const start = rangeOf(item)[0];
    const dash = this.text.lastIndexOf('-', start - 1);
    return dash >= this.lineStart(start) ? dash : this.lineStart(start);
  }

  /** Lists without ids (hints, follow-ups, tags): matched by position. */
  seqByIndex(items: Node[], old: unknown[], next: unknown[]): void {
    const shared = Math.min(items.length, next.length);
    for (let i = 0; i < shared; i++) this.item(items[i]!, old[i], next[i]);
    for (let i = shared; i < items.length; i++) {
      const [start, end] = this.chunk(items[i]!);
      this.edits.push({ start, end, text: '' });
    }
    if (next.length > items.length && items.length > 0) {
      const last = items[items.length - 1]!;
      const dash = this.column(this.dashOf(last));
      const text = next
        .slice(items.length)
        .map((value) => this.newItem(value, dash))
        .join('');
      const at = this.chunk(last)[1];
      const needsBreak = at === this.text.length && this.text[at - 1] !== '\n';
      this.edits.push({ start: at, end: at, text: `${needsBreak ? '\n' : ''}${text}` });
    }
  }

  /**
   * Cards, themes and options: matched by id. The longest run of items that kept their order
   * stays where it is; the others are cut out and put back after the item they now follow.
   */
  seqById(items: Node[], old: unknown[], next: unknown[], oldIds: string[], nextIds: string[]): void {
    // Which old item each new one is: the one with its id, or, for a renamed item, the unmatched
    // old item right after the old item of its predecessor.
    const oldIndex = new Map(oldIds.map((id, index) => [id, index]));
    const newIds = new Set(nextIds);
    const source: (number | undefined)[] = nextIds.map((id) => oldIndex.get(id));
    const used = new Set(source.filter((index): index is number => index !== undefined));
    source.forEach((index, at) => {
      if (index !== undefined) return;
      const candidate = at === 0 ? 0 : (source[at - 1] ?? -2) + 1;
      if (
        candidate >= 0 &&
        candidate < oldIds.length &&
        !used.has(candidate) &&
        !newIds.has(oldIds[candidate]!)
      ) {
        source[at] = candidate;
        used.add(candidate);
      }
    });
    // What is left: paired in order when as many old items went as new ones came (renamed items).
    const unmatchedOld = oldIds
      .map((_id, index) => index)
      .filter((index) => !used.has(index) && !newIds.has(oldIds[index]!));
    const unmatchedNew = source.map((index, at) => (index === undefined ? at : -1)).filter((at) => at >= 0);
    if (unmatchedOld.length === unmatchedNew.length)
      unmatchedNew.forEach((at, n) => (source[at] = unmatchedOld[n]));
    const matched = source.filter((index): index is number => index !== undefined);
    const stable = new Set(longestIncreasing(matched));
    // Items with a blank line between them get one between the new ones too.
    const blank =
      items.length > 1 &&
      /\n[ \t]*\n/.test(this.text.slice(this.chunk(items[0]!)[1] - 1, this.chunk(items[1]!)[0]));
    const dash = this.column(this.dashOf(items[0]!));

    /** The text of the old item at `index` (or a new one) with `value`, for its new place. */
    const textOf = (index: number | undefined, value: unknown): string => {
      if (index === undefined) return this.newItem(value, dash);
      const [start, end] = this.chunk(items[index]!);
      const inner = new Patcher(this.text, this.pairs);
      inner.item(items[index]!, old[index], value);
      const moved = inner.edits.map((edit) => ({
        ...edit,
        start: edit.start - start,
        end: edit.end - start,
      }));
      const written = applyEdits(this.text.slice(start, end), moved);
      return written.endsWith('\n') ? written : `${written}\n`;
    };

    oldIds.forEach((_id, index) => {
      if (stable.has(index)) return;
      const [start, end] = this.chunk(items[index]!);
      // With blank lines between items, the blank line after a cut item goes with it.
      const after = blank ? (/^(?:[ \t]*\n)+/.exec(this.text.slice(end))?.[0].length ?? 0) : 0;
      this.edits.push({ start, end: end + after, text: '' });
    });
    const firstStable = source.find((index) => index !== undefined && stable.has(index));
    let anchor = this.chunk(items[firstStable ?? 0]!)[0];
    let before = true;
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      const separator = blank ? '\n' : '';
      const text = before
        ? pending.map((item) => item + separator).join('')
        : pending.map((item) => separator + item).join('');
      const needsBreak = anchor === this.text.length && this.text[anchor - 1] !== '\n';
      this.edits.push({ start: anchor, end: anchor, text: `${needsBreak ? '\n' : ''}${text}` });
      pending = [];
    };
    source.forEach((index, at) => {
      if (index !== undefined && stable.has(index)) {
        flush();
        this.item(items[index]!, old[index], next[at]);
        anchor = this.chunk(items[index]!)[1];
        before = false;
        return;
      }
      pending.push(textOf(index, next[at]));
    });
    flush();
  }
}

/** The longest strictly increasing subsequence of `values` (the values themselves, in order). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle]! < value) low = middle + 1;
      else high = middle;
    }
    tails[low] = value;
    tailIndex[low] = index;
    previous[index] = low > 0 ? tailIndex[low - 1]! : -1;
  });
  const out: number[] = [];
  for (let index = tailIndex[tails.length - 1] ?? -1; index >= 0; index = previous[index]!)
    out.push(values[index]!);
  return out.reverse();
}

/** The comment lines at the top of a file, without their `#`. */
function headComments(text: string): string[] {
  const comments: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    comments.push(line.replace(/^#\s?/, ''));
  }
  return comments;
}

/** An opened YAML file, parsed once (its nodes know where they are in the text). */
export interface YamlOriginal {
  text: string;
  /** The parsed document; `undefined` when the text has YAML errors. */
  doc: ReturnType<typeof parseDocument> | undefined;
  /** The data it holds; `undefined` when the text has YAML errors. */
  value: unknown;
}

/**
 * Parses an opened file for {@link patchYaml}. Windows line breaks are read as `\n` (and given
 * back by `patchYaml`).
 */
export function parseOriginal(text: string): YamlOriginal {
  const lf = text.replace(/\r\n/g, '\n');
  let doc: ReturnType<typeof parseDocument> | undefined;
  try {
    doc = parseDocument(lf, { uniqueKeys: false, logLevel: 'silent' });
  } catch {
    doc = undefined;
  }
  if (!doc || doc.errors.length > 0) return { text, doc: undefined, value: undefined };
  return { text, doc, value: doc.toJS() as unknown };
}

/**
 * An opened YAML file changed to hold `data`. A file that cannot be parsed cleanly is written
 * anew under its first comment lines. `kind` says how new parts are written.
 *
 * @example
 * ```ts
 * patchYaml(parseOriginal('# note\nid: a\ntitle: Oud\n'), { id: 'a', title: 'Nieuw' }, 'deck'); // '# note\nid: a\ntitle: Nieuw\n'
 * ```
 */
export function patchYaml(original: YamlOriginal, data: Data, kind: 'deck' | 'translation'): string {
  const pairs = kind === 'translation';
  const crlf = original.text.includes('\r\n');
  const text = crlf ? original.text.replace(/\r\n/g, '\n') : original.text;
  const { doc, value: old } = original;
  if (!doc || !isMap(doc.contents) || doc.contents.flow || !isData(old) || text.includes('\r'))
    return yamlDocument(data, headComments(text), pairs);
  if (sameData(old, data)) return original.text;
  const patcher = new Patcher(text, pairs);
  patcher.map(doc.contents, old, data);
  const patched = applyEdits(text, patcher.edits);
  // A patch that does not read back as the data is not trusted: write the file anew instead.
  const result = sameData(readYaml(patched), data) ? patched : yamlDocument(data, headComments(text), pairs);
  return crlf ? result.replace(/\n/g, '\r\n') : result;
}
