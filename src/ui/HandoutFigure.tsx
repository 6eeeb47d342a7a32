import { useText } from "../i18n/useText";
import type { HandoutRequest } from "../state/handoutSlice";
import { useAppStore } from "../state/store";

/**
 * The handout's front and back pictures of the body, with a legend; or a note while they are drawn
 * (or that they cannot be, where `possible` is false: no 3D view in this browser).
 */
export function HandoutFigure({ request, possible }: { request: HandoutRequest; possible: boolean }) {
  const pictures = useAppStore((s) => (s.handoutPictures?.request === request.id ? s.handoutPictures : null));
  const { t } = useText();
  const alt =
    request.kind === "muscle"
      ? { front: t("handout.altMuscleFront"), back: t("handout.altMuscleBack") }
      : { front: t("handout.altPainFront"), back: t("handout.altPainBack") };
  return (
    <figure className="handout-figure">
      {pictures?.status === "ready" ? (
        <div className="handout-pictures">
          <figure>
            <img src={pictures.front} alt={alt.front} />
            <figcaption>{t("handout.front")}</figcaption>
          </figure>
          <figure>
            <img src={pictures.back} alt={alt.back} />
            <figcaption>{t("handout.back")}</figcaption>
          </figure>
        </div>
      ) : (
        <p className="handout-pictures-status" role="status">
          {pictures?.status === "failed" || !possible ? t("handout.failed") : t("handout.drawing")}
        </p>
      )}
      <figcaption className="legend">
        <span className="legend-item">
          <span className="swatch swatch-essential" aria-hidden="true" /> {t("handout.legendEssential")}
        </span>
        <span className="legend-item">
          <span className="swatch swatch-spillover" aria-hidden="true" /> {t("handout.legendSpillover")}
        </span>
        <span className="legend-item">
          <span className="swatch swatch-tp" aria-hidden="true">
            ×
          </span>{" "}
          {t("handout.legendTriggerPoint")}
        </span>
        {request.kind === "pain" && (
          <span className="legend-item">
            <span className="swatch swatch-drawing" aria-hidden="true" /> {t("handout.legendDrawing")}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
