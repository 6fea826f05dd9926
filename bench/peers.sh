#!/usr/bin/env bash
# wwegen against its peers, whole processes, medians of interleaved runs (issue 13's table).
#
#   bench/peers.sh [RUNS]        (default 5 runs per command, after one warm-up each;
#                                 BIG_RUNS=N sets the runs of the 1,000-profile row)
#
# Sets up what it can get on a fresh machine, under bench/.peers/ (git-ignored, nothing goes into the
# repository): cdk8s + cdk8s-plus-33 from npm with bench/cdk8s-app.js, the same app in plain JS for N
# environments; kubeconform only when one is on the PATH (else its row says so). Inputs made here: 100 and
# 1,000 profiles (copies of profiles/dev.yaml with other hosts and back-end URLs), and 10,000 objects
# (1,250 copies of the 8 objects of output/manifests/prod that live in WWE's namespace, one namespace
# each: the Gateway, its ReferenceGrant and the redirect route are left out, since 1,250 copies of one Gateway
# in gateway-system would be 1,250 conflicting objects).
# Prints one Markdown row per line of the issue's table: medians of wall, cpu (user+sys) and peak RSS,
# and the ratios wwegen / peer (< 1 means wwegen is faster).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
cache="$root/bench/.peers"
work="$cache/work"
mkdir -p "$cache" "$work"
runner=(java "$root/bench/Runner.java" "$runs")
big_runner=(java "$root/bench/Runner.java" "${BIG_RUNS:-$runs}") # BIG_RUNS: fewer runs for the 1,000-profile row
wwegen="${WWEGEN:-$root/wwegen}" # WWEGEN=path: another launcher, e.g. an older checkout's, for before/after

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
     "$(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
command -v /usr/bin/time >/dev/null || echo "note: GNU time (/usr/bin/time, Debian package 'time') is absent: wall time only"

echo "== build wwegen (launcher: jar + class-data archive)"
"$wwegen" --version

echo "== peers"
cdk8s_ok=false
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$cache/node_modules/cdk8s-plus-33" ]; then
    (cd "$cache" && { [ -f package.json ] || echo '{"name":"wwegen-bench-peers","private":true}' >package.json; } \
      && npm install --no-audit --no-fund --silent cdk8s@2.70.106 cdk8s-plus-33@2.5.57 constructs@10.8.1)
  fi
  cp "$root/bench/cdk8s-app.js" "$cache/app.js"
  cdk8s_ok=true
  echo "cdk8s $(node -p 'require("'"$cache"'/node_modules/cdk8s/package.json").version'), cdk8s-plus-33" \
       "$(node -p 'require("'"$cache"'/node_modules/cdk8s-plus-33/package.json").version'), node $(node --version)"
else
  echo "note: node/npm absent: no cdk8s rows"
fi
# KUBECONFORM=path names a kubeconform that is not on the PATH: generate's verify stage (the generate rows)
# runs the kubeconform it finds on the PATH, so a peer given this way is timed in the validate row only.
kubeconform="${KUBECONFORM:-$(command -v kubeconform || true)}"
if [ -n "$kubeconform" ]; then
  echo "kubeconform: $kubeconform ($("$kubeconform" -v 2>&1 | head -1))"
else
  echo "note: kubeconform is not on the PATH: the validate row has no peer figure"
fi

echo "== inputs"
make_profiles() { # N DIR: N copies of dev, each with its own host, TLS secret and back-end URLs
  local n="$1" dir="$2"
  [ -f "$dir/p$n.yaml" ] && return 0
  rm -rf "$dir" && mkdir -p "$dir"
  awk -v n="$n" -v dir="$dir" '{ line[NR] = $0 } END {
      for (i = 1; i <= n; i++) { f = dir "/p" i ".yaml"
        for (j = 1; j <= NR; j++) { l = line[j]; gsub(/\.dev\.example\.com/, ".p" i ".example.com", l)
          gsub(/wwe-dev-tls/, "wwe-p" i "-tls", l); print l > f }
        close(f) } }' "$root/profiles/dev.yaml"
}
make_profiles 100 "$work/profiles-100"
make_profiles 1000 "$work/profiles-1000"
objects="$work/objects-10000-prod8"
if [ ! -d "$objects/ns1250" ]; then
  rm -rf "$objects" && mkdir -p "$objects" && (cd "$objects" && seq 1 1250 | sed 's/^/ns/' | xargs mkdir -p)
  for f in "$root"/output/manifests/prod/*.yaml; do
    case "$(basename "$f")" in *-gateway-*|*-referencegrant-*|*-https-redirect.yaml) continue ;; esac
    awk -v n=1250 -v dir="$objects" -v base="$(basename "$f")" '{ line[NR] = $0 } END {
        for (i = 1; i <= n; i++) { f = dir "/ns" i "/" base
          for (j = 1; j <= NR; j++) { l = line[j]; sub(/^  namespace: wwe$/, "  namespace: wwe-" i, l); print l > f }
          close(f) } }' "$f"
  done
fi
echo "$(find "$objects" -name '*.yaml' | wc -l) object files; profiles: 100, 1000"
schemas="$work/schemas"
[ -d "$schemas" ] || "$wwegen" schema export "$schemas" >/dev/null
if [ -n "$kubeconform" ]; then
  # kubeconform reads the built-in kinds from DIR/master-standalone-strict/ (its default layout under a folder)
  # and the custom resources (HTTPRoute) from DIR/GROUP/KIND_VERSION.json, with its default workers (-n 4).
  kubeconform_args="-strict -summary -schema-location '$schemas'"
  kubeconform_args+=" -schema-location '$schemas/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json'"
  echo "kubeconform on the 10,000 objects: $(eval "'$kubeconform' $kubeconform_args '$objects'" | tail -1)"
fi

echo "== results ($runs runs each, medians; ratio = wwegen / peer)"
echo "| work | wwegen | peer | ratio | target | load |"
echo "|---|---|---|---|---|---|"
"${runner[@]}" "--version" "≤ 0.3 s" wwegen "$wwegen --version"
"${runner[@]}" "--help" "≤ 0.3 s" wwegen "$wwegen --help"
out="$work/out"
# The 100 and 1,000 rows run in $work: in the repository ./fleet.yaml (the shipped profiles' fleet) would be
# generated too, and it names profiles (prod, staging) that the bench's profile folders do not have.
if $cdk8s_ok; then
  "${runner[@]}" "shipped set (5 profiles + 4 fleet cells), generate --all-profiles vs cdk8s-plus 3 environments" "≤ 1.0 s" \
    wwegen "cd '$root' && '$wwegen' generate --all-profiles --out '$out-4'" \
    cdk8s-plus "cd '$cache' && node app.js 3 '$work/dist-3'"
  "${runner[@]}" "100 profiles vs cdk8s-plus 100 environments" "ratio ≤ 1.0, ≤ 300 MB" \
    wwegen "cd '$work' && '$wwegen' generate --all-profiles --profiles '$work/profiles-100' --out '$out-100'" \
    cdk8s-plus "cd '$cache' && node app.js 100 '$work/dist-100'"
  "${big_runner[@]}" "1,000 profiles vs cdk8s-plus 1,000 environments" "≤ 10 s, ≤ 512 MB" \
    wwegen "cd '$work' && '$wwegen' generate --all-profiles --profiles '$work/profiles-1000' --out '$out-1000'" \
    cdk8s-plus "cd '$cache' && node app.js 1000 '$work/dist-1000'"
else
  "${runner[@]}" "shipped set (5 profiles + 4 fleet cells), generate --all-profiles" "≤ 1.0 s" wwegen "cd '$root' && '$wwegen' generate --all-profiles --out '$out-4'"
  "${runner[@]}" "100 profiles" "≤ 300 MB" wwegen "cd '$work' && '$wwegen' generate --all-profiles --profiles '$work/profiles-100' --out '$out-100'"
  "${big_runner[@]}" "1,000 profiles" "≤ 10 s, ≤ 512 MB" wwegen "cd '$work' && '$wwegen' generate --all-profiles --profiles '$work/profiles-1000' --out '$out-1000'"
fi
if [ -n "$kubeconform" ]; then
  # wwegen's own checks against kubeconform's: --no-kubeconform, else wwegen would also run the kubeconform
  # it finds on the PATH.
  "${runner[@]}" "validate 10,000 objects vs kubeconform -strict" "ratio ≤ 1.0" \
    wwegen "'$wwegen' validate --no-kubeconform '$objects' >/dev/null" \
    kubeconform "'$kubeconform' $kubeconform_args '$objects'"
else
  "${runner[@]}" "validate 10,000 objects (kubeconform not on the PATH)" "ratio ≤ 1.0" \
    wwegen "'$wwegen' validate '$objects' >/dev/null"
fi
