/** A drafted sentence and the cells whose figures it quotes (for traceability). */
export interface Sentence {
  text: string;
  sources: string[];
}

export function sentence(text: string, ...sources: string[]): Sentence {
  return { text, sources };
}
