/** Shown instead of the app when the bundled dataset is invalid: says what is wrong, never a blank page. */
export function DatasetErrorScreen({ problems }: { problems: string[] }) {
  return (
    <main className="error-screen">
      <h1>The anatomy data could not be loaded</h1>
      <p>The app found {problems.length} problem(s) in its dataset. A developer can fix them in data/:</p>
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
