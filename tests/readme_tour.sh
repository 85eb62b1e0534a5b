#!/usr/bin/env bash
# Runs every command of the README's tour (the ```sh blocks under "## A short tour") as written,
# on a copy of the fixtures with a fresh database, and fails if one exits non-zero or prints
# nothing. The commands are read from README.md itself, so the README cannot drift from what
# claimtrack does. `audit --max-unsourced` may exit 3: that is what the README says it does.
#
# usage: tests/readme_tour.sh [CLAIMTRACK_BINARY]   (default: target/debug/claimtrack)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$repo/target/debug/claimtrack}
[ -x "$bin" ] || { echo "no claimtrack binary at $bin (cargo build first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$repo/fixtures" "$work/"
# The tour's `extract article.txt` names a file of the reader's own.
printf 'Mayor Jane Roe said the ferry would run again in May.\n' > "$work/article.txt"
cd "$work"
export CLAIMTRACK_DB="$work/tour.db" NO_COLOR=1
claimtrack() { "$bin" "$@"; }

# The tour's commands: lines of its sh blocks, continuations joined, comments cut.
commands=$(awk '
    /^## A short tour/ { tour = 1; next }
    tour && /^##/ { tour = 0 }
    tour && /^```sh/ { block = 1; next }
    tour && /^```/ { block = 0; next }
    block {
        line = $0
        if (line ~ /\\$/) { pending = pending substr(line, 1, length(line) - 1); next }
        line = pending line; pending = ""
        sub(/[[:space:]]+#[^"]*$/, "", line)
        if (line ~ /^claimtrack /) print line
    }' "$repo/README.md")
[ -n "$commands" ] || { echo "no tour commands found in README.md" >&2; exit 1; }

failed=0
count=0
while IFS= read -r command; do
    count=$((count + 1))
    set +e
    output=$(eval "$command" 2>&1 </dev/null)
    code=$?
    set -e
    allowed=0
    [[ $command == *--max-unsourced* ]] && allowed=3
    if [ $code -ne 0 ] && [ $code -ne $allowed ]; then
        echo "FAILED (exit $code): $command" >&2
        echo "$output" | head -20 >&2
        failed=1
    elif [ -z "$output" ]; then
        echo "FAILED (printed nothing): $command" >&2
        failed=1
    else
        echo "ok: $command"
    fi
done <<< "$commands"
echo "$count tour commands run" >&2
exit $failed
