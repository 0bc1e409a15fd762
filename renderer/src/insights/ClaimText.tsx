// A claim as every Insights section shows it: the plain sentence, then its figures on a smaller line.
import type { Claim } from '../../../shared/insights-text';

export function ClaimText({ claim }: { claim: Claim }) {
  return (
    <>
      <p>{claim.words}</p>
      {claim.figures !== null && <p className="insights-figures">{claim.figures}</p>}
    </>
  );
}
