# Included from src/core/CMakeLists.txt: compiles translations/*.ts (lrelease) and embeds the .qm
# files in appwrite-core as :/i18n/appwrite-account_<lang>.qm, so the app and every test that
# links the core find them, installed or not. Language (src/core/language.h) loads them.
# Refresh the .ts files from the sources with scripts/update-translations.sh.
file(GLOB appwrite_ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/appwrite-account_*.ts)
qt_add_lrelease(appwrite-core TS_FILES ${appwrite_ts_files} OPTIONS -silent
    QM_FILES_OUTPUT_VARIABLE appwrite_qm_files)
qt_add_resources(appwrite-core "appwrite_translations"
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${appwrite_qm_files})
