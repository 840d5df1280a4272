#!/bin/sh
# Build dist/Solieu-<version>.dmg from the PyInstaller Solieu.app (macOS only).
#
#   python packaging/render_icons.py build/icons --iconset
#   iconutil -c icns build/icons/solieu.iconset -o build/icons/solieu.icns
#   python packaging/build.py --self-test        # builds dist/Solieu.app too
#   sh packaging/macos/make_dmg.sh
#
# Signing and notarisation need a Developer ID: set SOLIEU_CODESIGN_IDENTITY to sign
# the app and the image (then notarise with `xcrun notarytool submit --wait`).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/desktop/solieu/__init__.py")
APP="$ROOT/dist/Solieu.app"
DMG="$ROOT/dist/Solieu-$VERSION.dmg"
STAGE="$ROOT/build/dmg"

[ "$(uname)" = Darwin ] || { echo "make_dmg.sh: needs macOS (hdiutil)" >&2; exit 2; }
[ -d "$APP" ] || { echo "make_dmg.sh: $APP missing; run packaging/build.py first" >&2; exit 2; }

# the app must start and pass its own check before it is shipped
"$APP/Contents/MacOS/solieu" --self-test

/usr/libexec/PlistBuddy -c "Print :CFBundleDocumentTypes:0:CFBundleTypeExtensions:0" \
    "$APP/Contents/Info.plist" | grep -qx solieu \
    || { echo "make_dmg.sh: Info.plist lacks the .solieu document type" >&2; exit 1; }

if [ -n "${SOLIEU_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --sign "$SOLIEU_CODESIGN_IDENTITY" "$APP"
fi

rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Solieu $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"

if [ -n "${SOLIEU_CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$SOLIEU_CODESIGN_IDENTITY" --timestamp "$DMG"
fi
rm -rf "$STAGE"
echo "$DMG: $(du -h "$DMG" | cut -f1)"
