#!/usr/bin/env bash
# Sign the .app with a Developer ID certificate (hardened runtime, secure timestamp), for
# notarisation. Run only when the certificate is given, as the workflow does:
#   MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PASSWORD, MACOS_SIGNING_IDENTITY
set -euo pipefail
app=${1:?usage: sign.sh APP}
here=$(cd "$(dirname "$0")" && pwd)
keychain=$RUNNER_TEMP/signing.keychain-db
password=$(openssl rand -base64 24)
echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
security create-keychain -p "$password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$password" "$keychain"
security import "$RUNNER_TEMP/certificate.p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "$password" "$keychain"
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
rm -f "$RUNNER_TEMP/certificate.p12"
# Inside out: every library and program first, then the bundle itself.
find "$app/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
  xargs -0 codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
    --sign "$MACOS_SIGNING_IDENTITY"
codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
  --sign "$MACOS_SIGNING_IDENTITY" "$app"
codesign --verify --deep --strict --verbose=2 "$app"
