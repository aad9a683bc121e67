// Preloaded (node --require) into a `ledger` process by measure.ts: at exit, writes its peak resident set
// size (kB), CPU time (µs, all threads) and wall time (ms) as JSON to the file named by LEDGER_MEASURE_OUT.
// The peak is Linux's VmHWM (this process image's own high-water mark): getrusage's maxRSS also counts the
// memory of the parent as it was when it forked, before the exec.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');

function peakKb() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}
const started = Date.now();
process.on('exit', () => {
  const out = process.env.LEDGER_MEASURE_OUT;
  if (!out) return;
  const u = process.resourceUsage();
  writeFileSync(out, JSON.stringify({ maxRssKb: peakKb(), cpuMicros: u.userCPUTime + u.systemCPUTime, wallMs: Date.now() - started }));
});
