#pragma once

// `slaops-sim --self-test`: checks the simulator's own promises (distributions hit the figures
// the scenarios are tuned for, every metric of the contract is exposed with its labels, a downed
// node really refuses connections and comes back on the same port; in shared serving every node has
// its own path on one port and a downed node answers 503) without Prometheus; LedgerSelfTest does
// the same for the ledger service.
class SelfTest {
public:
    static int run();
};
