#!/usr/bin/env bash
# The quick check while changing one thing: the tests of the library, the analyzers and the explorer (eng/fast.slnf),
# without the tests marked [Trait("Category", "Slow")] (the scaling and exhaustive-edit tests) or "Fuzz" (the fuzz
# smoke run). It leaves out the package, native AOT, browser, robustness and benchmark suites, which `dotnet test`
# runs with everything else, as CI does. Extra arguments go to dotnet test (e.g. --no-build).
set -euo pipefail
cd "$(dirname "$0")/.."
# -maxcpucount:3 runs the three test projects at once (dotnet test otherwise ran them one after another here).
dotnet test eng/fast.slnf -maxcpucount:3 --filter "Category!=Slow&Category!=Fuzz" --logger "console;verbosity=minimal" "$@"
