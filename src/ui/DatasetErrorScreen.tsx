import { useText } from "../i18n/useText";

/** Shown instead of the app when the bundled dataset is invalid: says what is wrong, never a blank page. */
export function DatasetErrorScreen({ problems }: { problems: string[] }) {
  const { t } = useText();
  return (
    <main className="error-screen">
      <h1>{t("errors.dataHeading")}</h1>
      <p>{t("errors.dataProblems", { count: problems.length })}</p>
      <ul>
        {problems.slice(0, 50).map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
