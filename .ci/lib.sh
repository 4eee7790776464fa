# Shared by .ci/run and .ci/test: run named stages, time them, print a table at the end.
# shellcheck shell=bash

RUN_START=$SECONDS
TIMINGS=()
TIMINGS_TITLE=${TIMINGS_TITLE:-timings}

stage() {  # stage NAME COMMAND...: run a command and record how long it took; stop on failure
  local name=$1 start=$SECONDS rc=0
  shift
  printf '\n===== %s =====\n' "$name"
  "$@" || rc=$?
  local took=$((SECONDS - start)) result=ok
  [ $rc -eq 0 ] || result="FAILED ($rc)"
  TIMINGS+=("$(printf '%-24s %5ds  %s' "$name" "$took" "$result")")
  if [ $rc -ne 0 ]; then
    printf '\n***** stage "%s" failed with exit code %d *****\n' "$name" "$rc"
    exit $rc
  fi
}

print_timings() {
  local rc=$1 result=ok
  [ "$rc" -eq 0 ] || result="FAILED ($rc)"
  printf '\n===== %s =====\n' "$TIMINGS_TITLE"
  [ ${#TIMINGS[@]} -eq 0 ] || printf '%s\n' "${TIMINGS[@]}"
  printf '%-24s %5ds  %s\n' "total" "$((SECONDS - RUN_START))" "$result"
}
