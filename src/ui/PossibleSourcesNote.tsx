/** The honest note shown with every list of muscles. */
export function PossibleSourcesNote() {
  return (
    <p className="note" role="note">
      These muscles are <strong>possible sources</strong> of pain in this area, not a diagnosis. Pain can have other
      causes: if something worries you, see a doctor or a licensed practitioner.
    </p>
  );
}
