#!/bin/bash
# Which functions V8 deoptimises in the bench's timed pass, where, and in which batch (of 33):
#   scripts/deopt-trace.sh tmp/trace.txt
# prints one line per deopt: batch, function, reason, bundle line:column and the code there. Runs
# scripts/bench-passes.ts as an esbuild bundle (tmp/b/passes.mjs, readable positions; tmp/b so that
# repoRoot, two folders up, is this checkout) with --trace-deopt-verbose --trace-opt, pinned to one core.
# "wrong map": an object of a hidden class the optimised code had not met (spread copies, literals of their own,
# empty arrays); "out of bounds": a read past an array's or string's end; "Insufficient type feedback": a branch
# the warm-up never took. A function deoptimised early and not optimised again runs unoptimised for the rest.
set -e
mkdir -p tmp/b
npx esbuild scripts/bench-passes.ts --bundle --platform=node --format=esm --packages=external --keep-names --outfile=tmp/b/passes.mjs --log-level=warning
sed -i 's/^  for (let i = 0; i < articles.length; i += BATCH_SIZE) pipeline.runBatch(/  for (let i = 0; i < articles.length; i += BATCH_SIZE) console.log("=== batch", i \/ BATCH_SIZE), pipeline.runBatch(/' tmp/b/passes.mjs
taskset -c 1 node --interrupt-budget=1200000 --trace-deopt-verbose --trace-opt tmp/b/passes.mjs 2>&1 | awk '/=== TIMED/{t=1} t' | grep -E "=== |^\[bailout \(|;;; deoptimize at|completed optimizing|marking .* for optimization" > $1
grep "=== END" $1
awk '/=== batch/{b=$3} /^\[bailout \(/{printf "%s ", b; getline x; print $0 " " x}' $1 | sed -E 's/^([0-9]+) .*reason: ([^)]*)\).*<JSFunction ([^ ]*) .*deoptimize at <[^:]*:[^:]*:([0-9]+):([0-9]+)>(.*)/\1|\2|\3|\4|\5|\6/' | while IFS='|' read b r f l c rest; do line=$(sed -n ${l}p tmp/b/passes.mjs); echo "b$b $f [$r] $l:$c ${line:$((c>20?c-20:0)):20}<<${line:$((c-1)):40} $rest"; done
