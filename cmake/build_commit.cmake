# Writes OUTPUT (a C++ fragment) with the commit coopnet is built from, run at every build by
# the target coopnet_build_commit (core/CMakeLists.txt). configure_file rewrites the file only
# when its text changes, so an unchanged commit recompiles nothing.
#   cmake -DSOURCE_DIR=<repo> -DOUTPUT=<file> [-DCOMMIT=<text>] -P cmake/build_commit.cmake
# COMMIT (cmake -DCOOPNET_COMMIT=...) wins, for builds from a source archive; without it
# `git rev-parse` names HEAD, "+dirty" when tracked files differ from it, and "unknown"
# outside a git checkout (or without git).
cmake_minimum_required(VERSION 3.25)  # the policies of the project, for this script run alone
if(NOT COMMIT)
    set(COMMIT "unknown")
    find_program(GIT git)
    if(GIT AND EXISTS "${SOURCE_DIR}/.git")
        execute_process(COMMAND "${GIT}" -C "${SOURCE_DIR}" rev-parse --short=12 HEAD
                        OUTPUT_VARIABLE head OUTPUT_STRIP_TRAILING_WHITESPACE
                        RESULT_VARIABLE failed ERROR_QUIET)
        if(NOT failed AND head)
            set(COMMIT "${head}")
            execute_process(COMMAND "${GIT}" -C "${SOURCE_DIR}" status --porcelain
                                    --untracked-files=no
                            OUTPUT_VARIABLE changes OUTPUT_STRIP_TRAILING_WHITESPACE
                            RESULT_VARIABLE failed ERROR_QUIET)
            if(NOT failed AND changes)
                string(APPEND COMMIT "+dirty")
            endif()
        endif()
    endif()
endif()
file(CONFIGURE OUTPUT "${OUTPUT}"
     CONTENT "// Written by cmake/build_commit.cmake at build time; not in git.\n#define COOPNET_BUILD_COMMIT \"@COMMIT@\"\n"
     @ONLY)
