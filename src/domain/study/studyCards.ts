/**
 * The three quizzes: `name` shows a pattern and asks for the muscle, `refer` names a muscle and asks
 * where it refers, `place` names a muscle and asks where its trigger point lies.
 */
export const QUIZ_KINDS = ["name", "refer", "place"] as const;

/** One of `QUIZ_KINDS`. */
export type QuizKind = (typeof QUIZ_KINDS)[number];

/** One card of the deck: a muscle asked about in one quiz. */
export interface CardKey {
  /** Muscle id. */
  muscleId: string;
  /** Which quiz. */
  kind: QuizKind;
}

/** The stored id of a card, e.g. `refer:upper-trapezius`. */
export function cardId({ muscleId, kind }: CardKey): string {
  return `${kind}:${muscleId}`;
}

/** Reads a card id written by `cardId`; null when it is not one. */
export function parseCardId(id: string): CardKey | null {
  const [kind, muscleId, extra] = id.split(":");
  const known = QUIZ_KINDS.find((k) => k === kind);
  return known && muscleId && extra === undefined ? { kind: known, muscleId } : null;
}

/**
 * The cards of a list of muscles in the order new ones are asked: the kinds rotate along the list
 * (first muscle named from its pattern, the second asked where it refers, the third where its
 * trigger point is...), so one muscle never comes three times in a row.
 */
export function cardsOf(muscleIds: readonly string[]): CardKey[] {
  return QUIZ_KINDS.flatMap((_, round) =>
    muscleIds.map((muscleId, i) => ({ muscleId, kind: QUIZ_KINDS[(i + round) % QUIZ_KINDS.length] as QuizKind })),
  );
}

/** What the round planner needs to know of a stored card. */
export interface CardSchedule {
  /** When it is due next, milliseconds since the epoch. */
  due: number;
}

/**
 * The cards of one round: the list's cards that are due (most overdue first), then new ones in
 * `cardsOf` order, then, when the list has no more, those due soonest (studying ahead); at most `size`.
 */
export function planRound(
  muscleIds: readonly string[],
  schedules: ReadonlyMap<string, CardSchedule>,
  now: number,
  size: number,
): CardKey[] {
  const cards = cardsOf(muscleIds);
  const byDue = (a: CardKey, b: CardKey) => (schedules.get(cardId(a))?.due ?? 0) - (schedules.get(cardId(b))?.due ?? 0);
  const seen = cards.filter((card) => schedules.has(cardId(card)));
  const due = seen.filter((card) => (schedules.get(cardId(card))?.due ?? 0) <= now).sort(byDue);
  const fresh = cards.filter((card) => !schedules.has(cardId(card)));
  const ahead = seen.filter((card) => (schedules.get(cardId(card))?.due ?? 0) > now).sort(byDue);
  return [...due, ...fresh, ...ahead].slice(0, size);
}
