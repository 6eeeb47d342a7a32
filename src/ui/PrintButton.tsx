/** Prints the panel as a handout (the print stylesheet drops the 3D view and the controls). */
export function PrintButton() {
  return (
    <button type="button" className="link-button print-button" onClick={() => window.print()}>
      Print this page for the patient
    </button>
  );
}
