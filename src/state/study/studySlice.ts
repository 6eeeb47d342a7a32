import type { MuscleSource } from "../../domain/queries/panelMuscles";
import type { Vec3 } from "../../domain/schema/primitives";
import { type CardKey, cardId } from "../../domain/study/studyCards";
import type { Selection } from "../selectionTypes";
import { reviewCard } from "./scheduler";
import type { StudyDeck } from "./studyStorage";

/** The parts of study mode: quizzes, the progress view, and two muscles side by side. */
export type StudyTab = "quiz" | "progress" | "compare";

/** What a student studies from: every muscle, a region's or a condition's. */
export type StudyList = Exclude<MuscleSource, { kind: "muscle" }>;

/** One question of a round. */
export interface QuizQuestion {
  /** The card asked. */
  card: CardKey;
  /** For "name the muscle": the muscle ids offered, the answer among them; empty for tap questions. */
  choices: string[];
}

/** How a question was answered. */
export interface QuizAnswer {
  /** Whether it was right. */
  correct: boolean;
  /** The muscle picked, for "name the muscle". */
  choice?: string;
  /** Where the body was tapped (body frame), for tap questions. */
  tap?: Vec3;
}

/** A round of questions and the answers given so far (`answers[i]` answers `questions[i]`). */
export interface QuizRound {
  /** The questions in order. */
  questions: QuizQuestion[];
  /** The question shown. */
  index: number;
  /** The answers given, one per question up to the one shown. */
  answers: QuizAnswer[];
}

/** The study slice of the store. */
export interface StudySlice {
  /** True while the study panel replaces the side panel. */
  studyOpen: boolean;
  /** The part of study mode shown. */
  studyTab: StudyTab;
  /** The list questions come from. */
  studyList: StudyList;
  /** The round in progress, or null. */
  round: QuizRound | null;
  /** Every card asked so far, saved on this device. */
  deck: StudyDeck;
  /** The two muscles compared (ids), or null where none is chosen yet. */
  compared: [string | null, string | null];
  /** Opens study mode (on a tab) and leaves the current selection and pain mode. */
  openStudy: (tab?: StudyTab) => void;
  /** Closes study mode (the round ends; its answers are kept). */
  closeStudy: () => void;
  /** Shows a part of study mode. */
  setStudyTab: (tab: StudyTab) => void;
  /** Chooses the list questions come from. */
  setStudyList: (list: StudyList) => void;
  /** Starts a round with these questions. */
  startRound: (questions: QuizQuestion[]) => void;
  /** Answers the question shown (once) and schedules its card's next review. */
  answerQuestion: (answer: QuizAnswer, now?: Date) => void;
  /** Moves to the next question, or ends the round after the last. */
  nextQuestion: () => void;
  /** Chooses one of the two compared muscles. */
  setCompared: (slot: 0 | 1, muscleId: string | null) => void;
  /** Replaces the deck (restored from storage). */
  setDeck: (deck: StudyDeck) => void;
}

/** The current question of a round and whether it has been answered. */
export function currentQuestion(
  round: QuizRound | null,
): { question: QuizQuestion; answer: QuizAnswer | null; number: number } | null {
  const question = round?.questions[round.index];
  if (!round || !question) return null;
  return { question, answer: round.answers[round.index] ?? null, number: round.index + 1 };
}

type StudyState = StudySlice & { selection: Selection | null; painMode: boolean };
type SetState = (fn: (state: StudyState) => Partial<StudyState>) => void;

/** The study slice of the store. */
export function createStudySlice(set: SetState): StudySlice {
  return {
    studyOpen: false,
    studyTab: "quiz",
    studyList: { kind: "all" },
    round: null,
    deck: { cards: {} },
    compared: [null, null],
    openStudy: (tab) =>
      set((s) => ({ studyOpen: true, studyTab: tab ?? s.studyTab, selection: null, painMode: false })),
    closeStudy: () => set(() => ({ studyOpen: false, round: null })),
    setStudyTab: (studyTab) => set(() => ({ studyTab })),
    setStudyList: (studyList) => set(() => ({ studyList, round: null })),
    startRound: (questions) =>
      set(() => ({ round: questions.length ? { questions, index: 0, answers: [] } : null, studyTab: "quiz" })),
    answerQuestion: (answer, now = new Date()) =>
      set((s) => {
        const current = currentQuestion(s.round);
        if (!s.round || !current || current.answer) return {};
        const id = cardId(current.question.card);
        const record = reviewCard(s.deck.cards[id], answer.correct, now);
        return {
          round: { ...s.round, answers: [...s.round.answers, answer] },
          deck: { cards: { ...s.deck.cards, [id]: record } },
        };
      }),
    nextQuestion: () =>
      set((s) => {
        if (!s.round || s.round.answers.length <= s.round.index) return {};
        return { round: { ...s.round, index: s.round.index + 1 } };
      }),
    setCompared: (slot, muscleId) =>
      set((s) => {
        const compared: [string | null, string | null] = [...s.compared];
        compared[slot] = muscleId;
        return { compared };
      }),
    setDeck: (deck) => set(() => ({ deck })),
  };
}
