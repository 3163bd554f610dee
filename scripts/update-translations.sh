#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources after strings changed: new strings arrive as
# unfinished, existing translations stay, strings no longer in the code are dropped. Prints what
# is left to translate. Then translate (linguist translations/appwrite-account_de.ts, or by hand:
# fill <translation>, remove type="unfinished") and run the check:
#   ctest --test-dir <build> -R tst_translations --output-on-failure
# TS_DIR (default translations/) and LUPDATE may be set; tst_translations runs this script on a
# copy to tell whether the .ts files are up to date.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)}
ts_dir=${TS_DIR:-$root/translations}
cd "$root"

# Every directory with user-visible strings: tr()/QCoreApplication::translate/QT_TR*_NOOP in C++,
# qsTr() in QML and JS. The sandbox is left out: its messages mimic the Appwrite server's.
sources=(src/client src/core qml app/account)
for ts in "$ts_dir"/appwrite-account_*.ts; do
    # English is the source language: its file carries only the plural forms of %n messages.
    only=()
    [[ $ts == *_en.ts ]] && only=(-pluralonly)
    "$lupdate" -silent -no-obsolete -locations none -source-language en "${only[@]}" -I src \
        "${sources[@]}" -ts "$ts"
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$(basename "$ts"): $(grep -c '<message' "$ts") messages, $unfinished unfinished"
    if [ "${VERBOSE:-1}" = 1 ] && [ "$unfinished" -gt 0 ]; then
        grep -B3 'type="unfinished"' "$ts" | sed -n 's|.*<source>\(.*\)</source>.*|    \1|p'
    fi
done
