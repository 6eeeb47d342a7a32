import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";

/** A dismissible message, e.g. when a link named something unknown and the app fell back. */
export function NoticeBanner() {
  const { t } = useText();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)} aria-label={t("panel.dismiss")}>
        ×
      </button>
    </div>
  );
}
