# Unit tests that replay each fuzz target's seed corpus and its regressions/ (inputs that once
# crashed it) with the normal compiler: tst_fuzz_replay_<target>, label unit.
# Included from tests/unit/CMakeLists.txt.
set(fuzz_dir ${PROJECT_SOURCE_DIR}/tests/fuzz)
function(appwrite_add_fuzz_replay name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    # A target of its own: tst_fuzz_replay.cpp includes its moc under this name.
    appwrite_add_test(tst_fuzz_replay_${name} LABEL unit
        SOURCES ${fuzz_dir}/tst_fuzz_replay.cpp ${ARG_SOURCES} LIBS ${ARG_LIBS})
    target_include_directories(tst_fuzz_replay_${name} PRIVATE ${fuzz_dir})
    target_compile_definitions(tst_fuzz_replay_${name} PRIVATE
        FUZZ_CORPUS_DIR="${fuzz_dir}/corpus/${name}"
        FUZZ_REGRESSIONS_DIR="${fuzz_dir}/regressions/${name}")
endfunction()

appwrite_add_fuzz_replay(client_models
    SOURCES ${fuzz_dir}/fuzz_client_models.cpp LIBS appwrite-client)
appwrite_add_fuzz_replay(sandbox_parsers
    SOURCES ${fuzz_dir}/fuzz_sandbox_parsers.cpp LIBS appwrite-sandbox-core)
appwrite_add_fuzz_replay(sandbox_http
    SOURCES ${fuzz_dir}/fuzz_sandbox_http.cpp ${fuzz_dir}/sandboxharness.h
            ${fuzz_dir}/sandboxharness.cpp ${fuzz_dir}/cheapargon2.cpp
    LIBS appwrite-sandbox-core PkgConfig::ARGON2)
