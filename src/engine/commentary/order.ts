/**
 * The order of an item's sentences after its verdict (docs/commentary.md, Order): the most telling
 * first. Each fact has a strength (3: significant, a record, a change of status or a standing of a
 * year or more; 2: slight; 1: very slight, unchanged or level) and a place in the default order
 * (status, position, run, best/worst, direction, same period last year, benchmarks, note); the
 * stronger fact goes first, and between equals the default order decides. Deterministic; one list
 * is reused from item to item (a stable insertion into a handful of entries, no sort per item).
 */
import type { Sentence } from "./sentence";

export class FactList {
  private readonly sentences: Sentence[] = [];
  /** strength × 16 + (15 − place): larger goes first. */
  private readonly keys: number[] = [];
  private size = 0;

  /** Empties the list for the next item. */
  clear(): void {
    this.size = 0;
  }

  /** Adds a sentence (null: nothing to add) with its strength (1–3) and default place (0–15). */
  add(sentence: Sentence | null | undefined, strength: number, place: number): void {
    if (!sentence) return;
    const key = strength * 16 + (15 - place);
    const { sentences, keys } = this;
    let at = this.size;
    while (at > 0 && keys[at - 1] < key) {
      sentences[at] = sentences[at - 1];
      keys[at] = keys[at - 1];
      at--;
    }
    sentences[at] = sentence;
    keys[at] = key;
    this.size++;
  }

  /** The sentences, most telling first, onto `out`. */
  appendInOrder(out: Sentence[]): void {
    for (let i = 0; i < this.size; i++) out.push(this.sentences[i]);
  }
}
