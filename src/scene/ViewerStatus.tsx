import { useText } from "../i18n/useText";
import { retryBodyModel, useModelLoad } from "./modelLoader";

/** Over the canvas: the model's download progress, a readable error with Retry, or a lost graphics context. */
export function ViewerStatus({ contextLost }: { contextLost: boolean }) {
  const { t } = useText();
  const load = useModelLoad();
  if (contextLost) {
    return (
      <div className="viewer-status" role="status">
        {t("viewer.contextLost")}
      </div>
    );
  }
  if (load.status === "error") {
    return (
      <div className="viewer-status viewer-error" role="alert">
        <p>{load.message}</p>
        <p>{t("viewer.panelStillWorks")}</p>
        <button type="button" className="primary-button" onClick={() => retryBodyModel()}>
          {t("viewer.retry")}
        </button>
      </div>
    );
  }
  if (load.status === "ready") return null;
  const percent = load.total ? Math.round((100 * load.received) / load.total) : undefined;
  return (
    <div className="viewer-status">
      <label htmlFor="model-progress">{t("viewer.loading")}</label>
      <progress id="model-progress" max={100} value={percent} />
      <span className="detail">
        {percent !== undefined
          ? t("viewer.percent", { percent })
          : load.received > 0
            ? t("viewer.megabytes", { size: load.received / 1_048_576 })
            : ""}
      </span>
    </div>
  );
}
