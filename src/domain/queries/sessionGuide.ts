import type { Safety } from "../schema/safetySchema";

/**
 * One step of "What a session is like", in the order a patient meets it: what dry needling is,
 * what to tell the practitioner, how it is kept safe, the session itself step by step, the usual
 * side effects, how it differs from acupuncture and how well it works.
 */
export type SessionGuideStep =
  | {
      /** What dry needling is (one paragraph). */
      kind: "summary" | "acupuncture" | "evidence";
      /** The paragraph. */
      text: string;
    }
  | {
      /** A list: what to tell the practitioner, the precautions, the side effects. */
      kind: "tell-your-practitioner" | "precautions" | "side-effects";
      /** The list items. */
      items: string[];
    }
  | {
      /** One step of the session itself. */
      kind: "during";
      /** Its number, from 1. */
      number: number;
      /** How many session steps there are. */
      count: number;
      /** The step. */
      text: string;
    };

/** The explainer's steps, all from the safety file. */
export function sessionGuideSteps(safety: Safety): SessionGuideStep[] {
  const { steps } = safety.session;
  return [
    { kind: "summary", text: safety.session.summary },
    { kind: "tell-your-practitioner", items: safety.tellYourProvider },
    { kind: "precautions", items: safety.precautions },
    ...steps.map((text, i) => ({ kind: "during" as const, number: i + 1, count: steps.length, text })),
    { kind: "side-effects", items: safety.sideEffects },
    { kind: "acupuncture", text: safety.versusAcupuncture },
    { kind: "evidence", text: safety.evidence },
  ];
}
