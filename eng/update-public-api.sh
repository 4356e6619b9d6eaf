#!/usr/bin/env bash
# Brings src/AseanUn/PublicAPI.Unshipped.txt in step with the library's public surface: adds what RS0016 reports as
# undeclared and drops what RS0017 reports as gone. The build's own diagnostics are the source, so the entries are
# exactly the analyzer's (dotnet format's fixer mishandles the members records generate).
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/AseanUn/PublicAPI.Unshipped.txt
log=$(dotnet build src/AseanUn/AseanUn.csproj --no-incremental -nologo -p:TreatWarningsAsErrors=false 2>&1 || true)
added=$(sed -n "s/.*RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" <<<"$log" | sort -u)
gone=$(sed -n "s/.*RS0017: Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" <<<"$log" | sort -u)
{
  head -n 1 "$file"
  { tail -n +2 "$file"; [ -n "$added" ] && printf '%s\n' "$added"; } | grep -vxF -f <(printf '%s\n' "$gone" | sed '/^$/d'; echo '#nullable enable') | LC_ALL=C sort -u
} >"$file.new"
mv "$file.new" "$file"
echo "PublicAPI.Unshipped.txt: $(grep -c . <<<"$added" || true) added, $(grep -c . <<<"$gone" || true) removed."
