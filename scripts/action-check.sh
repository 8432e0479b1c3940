#!/usr/bin/env bash
# The GitHub Action's step (action.yml): builds the command line when the checkout has no build,
# annotates the lines (--format github), writes SARIF, and exits as `st-secrets check` does.
set -uo pipefail
root="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
cli="$root/dist-cli/main.js"
if [ ! -f "$cli" ]; then
	(cd "$root" && npm ci --no-audit --no-fund --ignore-scripts >&2 && npm run --silent prepack >&2) || exit 2
fi
read -r -a files <<< "${ST_SECRETS_FILES:-.streamlit/secrets.toml}"
read -r -a extra <<< "${ST_SECRETS_ARGS:-}"
flags=("${extra[@]}")
[ "${ST_SECRETS_STRICT:-false}" = "true" ] && flags+=(--strict)
node "$cli" check --format sarif "${flags[@]}" "${files[@]}" > "${ST_SECRETS_SARIF:-st-secrets.sarif}"
node "$cli" check --format github "${flags[@]}" "${files[@]}"
