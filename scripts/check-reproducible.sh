#!/usr/bin/env bash
# Two builds, one jar: clones HEAD twice into different folders, packages each (tests skipped, nothing installed)
# and compares every published jar (main, sources, javadoc, the mock's "all") byte for byte. Not part of
# `mvn -B verify` (it builds the project twice); run it before a release:  scripts/check-reproducible.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
modules="sdk-codegen sdk-models sdk-core mock-server"
for n in 1 2; do
  git clone -q "$root" "$work/build-$n"
  (cd "$work/build-$n" && mvn -B -q package -DskipTests -Dinvoker.skip=true >"$work/build-$n.log" 2>&1) \
    || { echo "build $n failed: see its log"; tail -30 "$work/build-$n.log"; exit 1; }
  (cd "$work/build-$n" && for m in $modules; do sha256sum "$m"/target/*.jar; done \
    | grep -v '/original-' >"$work/sums-$n")
done
if diff "$work/sums-1" "$work/sums-2"; then
  echo "reproducible: $(wc -l <"$work/sums-1") jars identical in two builds"
else
  echo "NOT reproducible: the jars above differ between two builds"
  exit 1
fi
