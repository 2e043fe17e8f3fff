#pragma once

namespace selftest {
struct Checker;
}

// The ledger service's part of `slaops-sim --self-test`: its families on /metrics without zone or
// node labels, the untyped family without a TYPE line, the steady figures (2,000 RPS, ~0.01% 5xx,
// ~0.5% 409, P99 ~60 ms as histogram_quantile reads it, settlement lag ~2 s), what each scenario
// moves, and that erlmcp's scenarios and shared serving are refused.
class LedgerSelfTest {
public:
    static void run(selftest::Checker &c);
};
