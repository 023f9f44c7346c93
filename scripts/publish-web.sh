#!/usr/bin/env bash
# Publishes the web pages (web/, the staff console under web/console/ included) to a deployed stack (DEPLOY.md):
#   1. reads the stack's outputs (API URL, web bucket, distribution, user pool);
#   2. renders a copy of web/ where every page names the API (<meta name="api-base" content="...">, which
#      web/app.js reads) and config.json holds the same for scripts that prefer it (API, region, user pool, client),
#      with the browser libraries of web/vendor.json copied from node_modules, and console/config.json the staff
#      console's sign-in settings (the managed login's URL, the app client);
#   3. syncs the copy to the private web bucket, each file with its type and "Cache-Control: no-cache" (the pages
#      are not fingerprinted: browsers revalidate, cheaply, with the ETag), deleting what web/ no longer has;
#   4. invalidates the distribution, so that the edge caches serve the new pages at once.
#
# Usage: scripts/publish-web.sh STACK [--region REGION] [--dry-run]
#        scripts/publish-web.sh --render OUT_DIR API_URL [REGION USER_POOL_ID USER_POOL_CLIENT_ID [SIGN_IN_URL]]
# The second form only renders (no AWS call): what the tests check and what you can look at before publishing.
# Needs the AWS CLI v2 with credentials for the stack's account; REGION defaults to AWS_REGION, else eu-west-3.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEB="$ROOT/web"

die() {
  echo "publish-web: $*" >&2
  exit 1
}

# Only what an API URL or an id may hold: the values go into HTML attributes and JSON as they are.
check_url() {
  [[ "$1" =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$ ]] || die "not an API URL: '$1'"
}
check_id() {
  [[ "$1" =~ ^[A-Za-z0-9_-]*$ ]] || die "not an id: '$1'"
}

# The browser libraries web/vendor.json maps from node_modules (as the local runner serves them), copied where the
# pages load them; the map itself is not published.
vendor() {
  local out="$1" target source
  [[ -f "$WEB/vendor.json" ]] || return 0
  command -v node > /dev/null || die "node is needed to read web/vendor.json"
  while IFS=$'\t' read -r target source; do
    [[ "$target" =~ ^[A-Za-z0-9._/-]+$ && "$target" != *..* ]] || die "web/vendor.json: not a page path: '$target'"
    [[ -f "$ROOT/$source" ]] || die "web/vendor.json: $source is missing (npm ci first)"
    mkdir -p "$(dirname "$out/$target")"
    cp "$ROOT/$source" "$out/$target"
  done < <(node -e 'for (const [path, source] of Object.entries(require(process.argv[1])))
    if (!path.startsWith("_")) console.log(`${path}\t${source}`);' "$WEB/vendor.json")
  rm "$out/vendor.json"
}

# render OUT_DIR API_URL REGION USER_POOL_ID CLIENT_ID [SIGN_IN_URL]
render() {
  local out="$1" api="${2%/}" region="$3" pool="$4" client="$5" signin="${6%/}"
  check_url "$api"
  [[ -z "$signin" ]] || check_url "$signin"
  check_id "$region"
  check_id "$pool"
  check_id "$client"
  [[ -d "$WEB" ]] || die "no web/ folder at $WEB"
  mkdir -p "$out"
  cp -R "$WEB/." "$out/"
  vendor "$out"
  local page count=0
  while IFS= read -r -d '' page; do
    grep -q '</head>' "$page" || die "${page#"$out"/} has no </head> to put the API's URL before"
    if grep -q '<meta name="api-base"' "$page"; then
      sed -i "s|<meta name=\"api-base\"[^>]*>|<meta name=\"api-base\" content=\"$api\">|" "$page"
    else
      sed -i "0,/<\/head>/s|</head>|<meta name=\"api-base\" content=\"$api\">\n</head>|" "$page"
    fi
    count=$((count + 1))
  done < <(find "$out" -name '*.html' -print0)
  [[ $count -gt 0 ]] || die "no page under $WEB"
  printf '{"apiBase":"%s","region":"%s","userPoolId":"%s","userPoolClientId":"%s"}\n' \
    "$api" "$region" "$pool" "$client" > "$out/config.json"
  if [[ -n "$signin" ]]; then
    # what web/console/auth.js reads: the OAuth endpoints' base and the public app client (code flow with PKCE)
    printf '{"authority":"%s","clientId":"%s","scope":"openid email profile"}\n' "$signin" "$client" \
      > "$out/console/config.json"
  fi
  echo "publish-web: $count pages rendered into $out for the API $api"
}

# The types the local runner serves (local/.../runtime/StaticFiles, PublishWebScriptTest keeps them equal), set
# explicitly rather than guessed.
TYPES=(
  "html:text/html; charset=utf-8"
  "css:text/css; charset=utf-8"
  "js:text/javascript; charset=utf-8"
  "json:application/json; charset=utf-8"
  "yaml:application/yaml; charset=utf-8"
  "svg:image/svg+xml"
  "png:image/png"
  "ico:image/x-icon"
)

upload() {
  local out="$1" bucket="$2" region="$3" dry="$4" entry extension type others=()
  for entry in "${TYPES[@]}"; do
    extension="${entry%%:*}"
    type="${entry#*:}"
    aws s3 sync "$out" "s3://$bucket/" --region "$region" --delete $dry --exclude '*' --include "*.$extension" \
      --content-type "$type" --cache-control 'no-cache'
    others+=(--exclude "*.$extension")
  done
  aws s3 sync "$out" "s3://$bucket/" --region "$region" --delete $dry "${others[@]}" --cache-control 'no-cache'
}

output() {
  local value
  value="$(aws cloudformation describe-stacks --stack-name "$STACK" --region "$REGION" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue | [0]" --output text)"
  [[ -n "$value" && "$value" != "None" ]] || die "the stack $STACK has no output $1 (deployed with this template?)"
  printf '%s' "$value"
}

if [[ "${1:-}" == "--render" ]]; then
  [[ $# -eq 3 || $# -eq 6 || $# -eq 7 ]] \
    || die "usage: $0 --render OUT_DIR API_URL [REGION USER_POOL_ID USER_POOL_CLIENT_ID [SIGN_IN_URL]]"
  render "$2" "$3" "${4:-}" "${5:-}" "${6:-}" "${7:-}"
  exit 0
fi

[[ $# -ge 1 && "$1" != -* ]] || die "usage: $0 STACK [--region REGION] [--dry-run]"
STACK="$1"
shift
REGION="${AWS_REGION:-eu-west-3}"
DRY=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --region) REGION="${2:?--region needs a value}"; shift 2 ;;
    --dry-run) DRY="--dryrun"; shift ;;
    *) die "unknown option $1" ;;
  esac
done
command -v aws > /dev/null || die "the AWS CLI is not installed"

API_URL="$(output ApiUrl)"
BUCKET="$(output WebBucketName)"
DISTRIBUTION="$(output WebDistributionId)"
WEB_URL="$(output WebUrl)"
USER_POOL="$(output UserPoolId)"
CLIENT="$(output UserPoolClientId)"
SIGN_IN="$(output ConsoleSignInUrl)"

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
render "$OUT" "$API_URL" "$REGION" "$USER_POOL" "$CLIENT" "$SIGN_IN"
upload "$OUT" "$BUCKET" "$REGION" "$DRY"
if [[ -n "$DRY" ]]; then
  echo "publish-web: dry run, nothing uploaded nor invalidated"
  exit 0
fi
INVALIDATION="$(aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION" --paths '/*' \
  --query 'Invalidation.Id' --output text)"
echo "publish-web: published to s3://$BUCKET, invalidation $INVALIDATION of $DISTRIBUTION under way"
echo "publish-web: $WEB_URL (a minute or two for every edge location)"
