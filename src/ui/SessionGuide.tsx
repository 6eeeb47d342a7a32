import type { TFunction } from "i18next";
import { useEffect, useMemo, useRef } from "react";
import { type SessionGuideStep, sessionGuideSteps } from "../domain/queries/sessionGuide";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { LocalText } from "./LocalText";

function stepTitle(step: SessionGuideStep, t: TFunction): string {
  return step.kind === "during"
    ? t("session.during", { number: step.number, count: step.count })
    : t(`session.${step.kind}`);
}

function StepBody({ step }: { step: SessionGuideStep }) {
  if ("items" in step) {
    return (
      <ul className="text-list">
        {step.items.map((item) => (
          <li key={item}>
            <LocalText text={item} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p>
      <LocalText text={step.text} />
    </p>
  );
}

/** True when a key press belongs to a text field or a menu, not to the guide. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * "What a session is like" for the selected muscle, one step at a time with Back and Next (the
 * arrow keys work too): what dry needling is, what to tell the practitioner, how it is kept safe,
 * the session itself, the usual side effects, how it differs from acupuncture and how well it
 * works. Meanwhile the body shows a needle at one of the muscle's trigger points.
 */
export function SessionGuide({ muscleId }: { muscleId: string }) {
  const { t } = useText();
  const dataset = useDataset();
  const steps = useMemo(() => sessionGuideSteps(dataset.safety), [dataset]);
  const current = useAppStore((s) => Math.min(s.sessionStep ?? 0, steps.length - 1));
  const focused = useAppStore((s) => s.focusedTriggerPoint);
  const setStep = useAppStore((s) => s.setSessionStep);
  const close = useAppStore((s) => s.closeSessionGuide);
  const muscle = dataset.muscleById.get(muscleId);
  const point = muscle?.triggerPoints.find((tp) => tp.id === focused) ?? muscle?.triggerPoints[0];
  const last = current === steps.length - 1;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: "start" });
  }, []);
  const back = () => setStep(Math.max(0, current - 1));
  const next = () => (last ? close() : setStep(current + 1));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      if (event.key === "ArrowRight" && current < steps.length - 1) setStep(current + 1);
      else if (event.key === "ArrowLeft" && current > 0) setStep(current - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, steps.length, setStep]);

  const step = steps[current];
  if (!muscle || !step) return null;
  return (
    <section className="session-guide" aria-labelledby="session-guide-heading" ref={section}>
      <h2 id="session-guide-heading">{t("session.title")}</h2>
      {point && (
        <p className="note" role="note">
          {t("session.spot", { muscle: muscle.name, point: point.name })}
        </p>
      )}
      <p className="session-progress">{t("session.progress", { step: current + 1, count: steps.length })}</p>
      <progress className="session-meter" max={steps.length} value={current + 1} aria-hidden="true" />
      <div className="session-nav">
        <button type="button" aria-disabled={current === 0} onClick={back}>
          {t("session.back")}
        </button>
        <button type="button" className="session-next" onClick={next}>
          {last ? t("session.done") : t("session.next")}
        </button>
      </div>
      <div className="session-step" aria-live="polite">
        <h3>{stepTitle(step, t)}</h3>
        <StepBody step={step} />
      </div>
      <p className="hint">{t("session.keys")}</p>
      <button type="button" className="link-button" onClick={close}>
        {t("session.leave")}
      </button>
    </section>
  );
}
