import type { ClaimStatus } from "../../../src/model";

/** "Claimed" while only leak-site relays report an incident, "Confirmed" once an independent source does. */
export function ClaimBadge(props: { claim: ClaimStatus | undefined }) {
  const claim = props.claim ?? "confirmed";
  return claim === "claimed" ? (
    <span
      class="claim claim-claimed"
      title="Only a ransomware gang's leak-site claim, relayed by trackers; no independent source yet"
    >
      Claimed
    </span>
  ) : (
    <span class="claim claim-confirmed" title="Reported by a source independent of any leak-site claim">
      Confirmed
    </span>
  );
}
