/**
 * The order of an item's sentences after its verdict (docs/commentary.md, Order): the most telling
 * first. Each fact has a strength (3: significant, a record, a change of status or a standing of a
 * year or more; 2: slight; 1: very slight, unchanged or level) and a place in the default order
 * (status, position, run, best/worst, direction, same quarter last year, benchmarks, note); the
 * stronger fact goes first, and between equals the default order decides. Deterministic, and a
 * stable insertion into a handful of entries (no sort per item).
 */
import type { Sentence } from "./sentence";

export class FactList {
  private readonly entries: { sentence: Sentence; strength: number; place: number }[] = [];

  /** Adds a sentence (null: nothing to add) with its strength and default place. */
  add(sentence: Sentence | null, strength: number, place: number): void {
    if (sentence === null) return;
    const entries = this.entries;
    let at = entries.length;
    while (
      at > 0 &&
      (entries[at - 1].strength < strength ||
        (entries[at - 1].strength === strength && entries[at - 1].place > place))
    )
      at--;
    entries.splice(at, 0, { sentence, strength, place });
  }

  /** The sentences, most telling first, onto `out`. */
  appendInOrder(out: Sentence[]): void {
    for (const e of this.entries) out.push(e.sentence);
  }
}
