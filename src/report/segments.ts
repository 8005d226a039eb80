// Overlapping evidence spans cut into non-overlapping segments, each listing the spans it lies in,
// so nested and overlapping highlights render as flat `<mark>` runs.
import type { Span } from '../document.js';

/** A run of the text and the indexes of the spans that cover all of it (empty: not highlighted). */
export interface Segment extends Span {
  spans: number[];
}

/**
 * Cut `[0, length)` at every span boundary; the segments cover the whole text in order.
 * @param length the text's length (UTF-16 code units)
 * @param spans the spans; empty ones and ones outside the text are left out
 */
export function segment(length: number, spans: readonly Span[]): Segment[] {
  const usable = spans.flatMap((s, i) => (s.start >= 0 && s.end <= length && s.start < s.end ? [i] : []));
  const cuts = [...new Set([0, length, ...usable.flatMap((i) => [spans[i]!.start, spans[i]!.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  const active = new Set<number>();
  for (let k = 0; k < cuts.length - 1; k++) {
    const at = cuts[k]!;
    for (const i of usable) {
      if (spans[i]!.start === at) active.add(i);
      if (spans[i]!.end === at) active.delete(i);
    }
    out.push({ start: at, end: cuts[k + 1]!, spans: [...active].sort((a, b) => a - b) });
  }
  return out;
}
