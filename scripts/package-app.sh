#!/usr/bin/env bash
# Builds the Teams app package (artifacts/appPackage.zip) from manifest/, with the bot's app id and
# public host name filled in. Upload the zip in Teams (Apps > Manage your apps > Upload an app) or
# the Teams admin center; see docs/deploy.md.
#
#   BOT_ID=<Entra app id> BOT_DOMAIN=opsrhythm.example.com scripts/package-app.sh
#
# Inputs (environment):
#   BOT_ID        the bot's Entra app (client) id; MicrosoftAppId, the bot's own setting, is used when unset
#   BOT_DOMAIN    the host name the bot is served on, without scheme or path
#   TEAMS_APP_ID  the Teams app's id (optional; a fixed id so every build upgrades the same app)
#   APP_VERSION   MAJOR.MINOR.PATCH (optional; raise it for every upload that changes the package)
#   OUT           where to write the zip (optional; default artifacts/appPackage.zip)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bot_id="${BOT_ID:-${MicrosoftAppId:-}}"
bot_domain="${BOT_DOMAIN:-}"
teams_app_id="${TEAMS_APP_ID:-b3d23146-49ee-424e-af97-587fd0e3832c}"
app_version="${APP_VERSION:-}"
out="${OUT:-$root/artifacts/appPackage.zip}"

fail() { echo "package-app: $*" >&2; exit 2; }
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'

[[ -n "$bot_id" ]] || fail "BOT_ID (or MicrosoftAppId) is not set: give the bot's Entra app (client) id."
[[ "$bot_id" =~ $guid ]] || fail "BOT_ID '$bot_id' is not a GUID."
[[ -n "$bot_domain" ]] || fail "BOT_DOMAIN is not set: give the bot's public host name, e.g. opsrhythm.example.com."
[[ "$bot_domain" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$ ]] \
  || fail "BOT_DOMAIN '$bot_domain' must be a bare host name (no https://, no path)."
[[ "$teams_app_id" =~ $guid ]] || fail "TEAMS_APP_ID '$teams_app_id' is not a GUID."
if [[ -n "$app_version" && ! "$app_version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  fail "APP_VERSION '$app_version' must be MAJOR.MINOR.PATCH."
fi

mkdir -p "$(dirname "$out")"
BOT_ID="$bot_id" BOT_DOMAIN="$bot_domain" TEAMS_APP_ID="$teams_app_id" APP_VERSION="$app_version" \
python3 - "$root/manifest" "$out" <<'PY'
import json, os, sys, zipfile

source, out = sys.argv[1], sys.argv[2]
values = {"BOT_ID": os.environ["BOT_ID"], "BOT_DOMAIN": os.environ["BOT_DOMAIN"],
          "TEAMS_APP_ID": os.environ["TEAMS_APP_ID"]}

def fill(name):
    text = open(os.path.join(source, name), encoding="utf-8").read()
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    if "{{" in text:
        sys.exit(f"package-app: {name} still has a placeholder after filling in {', '.join(values)}")
    document = json.loads(text)
    if name == "manifest.json" and os.environ["APP_VERSION"]:
        document["version"] = os.environ["APP_VERSION"]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

manifest = json.loads(fill("manifest.json"))
files = {"manifest.json": fill("manifest.json").encode("utf-8")}
for language in manifest.get("localizationInfo", {}).get("additionalLanguages", []):
    files[language["file"]] = fill(language["file"]).encode("utf-8")
for icon in manifest["icons"].values():
    files[icon] = open(os.path.join(source, "icons", icon), "rb").read()

# Fixed timestamps keep the package byte-for-byte the same for the same inputs.
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
    for name in sorted(files):
        entry = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.external_attr = 0o644 << 16
        package.writestr(entry, files[name])
print(f"package-app: wrote {out} ({', '.join(sorted(files))})")
PY
