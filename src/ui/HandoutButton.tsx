import { useText } from "../i18n/useText";
import type { HandoutMuscle, HandoutRequest } from "../state/handoutSlice";
import { useAppStore } from "../state/store";

/**
 * Opens the one-page patient handout: for a muscle, or for the pain drawing with its best matches
 * (`muscle` then names the best one, painted in the pictures).
 */
export function HandoutButton({ kind, muscle }: { kind: HandoutRequest["kind"]; muscle: HandoutMuscle | null }) {
  const { t } = useText();
  const openHandout = useAppStore((s) => s.openHandout);
  return (
    <button type="button" className="primary-button handout-button" onClick={() => openHandout(kind, muscle)}>
      {t("handout.button")}
    </button>
  );
}
