#!/usr/bin/env bash
# Runs every test of CeasefireMonitor: builds the solution, starts what the tests need, runs them,
# and ends with one line "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# Servers from Debian's packages on loopback; their addresses and fresh credentials come back as exports.
eval "$(./deploy/services.sh start)"

dotnet build CeasefireMonitor.sln -c Release --nologo -v quiet
status=0
dotnet test CeasefireMonitor.sln -c Release --no-build --nologo \
  --logger "trx;LogFilePrefix=run" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=false || status=$?

# Sum the counters of every test assembly's report.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
