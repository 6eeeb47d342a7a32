import { type CardKey, cardId } from "../../domain/study/studyCards";
import { dueTime, isLearned } from "./scheduler";
import type { StudyDeck } from "./studyStorage";

/** How far a set of cards has come. */
export interface DeckStats {
  /** Cards in the set. */
  total: number;
  /** Cards asked at least once. */
  studied: number;
  /** Studied cards whose review is due now. */
  due: number;
  /** Cards past their learning steps. */
  learned: number;
  /** Cards never asked. */
  fresh: number;
  /** Answers given to these cards. */
  answered: number;
  /** Right answers among them. */
  correct: number;
}

/** Counts a set of cards against the deck at time `now` (ms). */
export function deckStats(cards: readonly CardKey[], deck: StudyDeck, now: number): DeckStats {
  const stats: DeckStats = { total: cards.length, studied: 0, due: 0, learned: 0, fresh: 0, answered: 0, correct: 0 };
  for (const card of cards) {
    const record = deck.cards[cardId(card)];
    if (!record) {
      stats.fresh += 1;
      continue;
    }
    stats.studied += 1;
    if (dueTime(record) <= now) stats.due += 1;
    if (isLearned(record)) stats.learned += 1;
    stats.answered += record.answered;
    stats.correct += record.correct;
  }
  return stats;
}
