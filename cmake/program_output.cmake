# Runs PROGRAM with ARGUMENT and writes what it prints to OUTPUT (and, with GZIP, a
# reproducible OUTPUT.gz beside it: gzip -n stores no name or time). Used by the build to
# write the manual page and the bash completion from the program itself (cli/CMakeLists.txt).
#   cmake -DPROGRAM=<exe> -DARGUMENT=<arg> -DOUTPUT=<file> [-DGZIP=ON] -P cmake/program_output.cmake
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${PROGRAM}" "${ARGUMENT}" OUTPUT_FILE "${OUTPUT}.part"
                RESULT_VARIABLE failed)
if(failed)
    file(REMOVE "${OUTPUT}.part")
    message(FATAL_ERROR "${PROGRAM} ${ARGUMENT} failed: ${failed}")
endif()
file(RENAME "${OUTPUT}.part" "${OUTPUT}")
if(GZIP)
    execute_process(COMMAND gzip -9 -n -c "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz"
                    RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "gzip of ${OUTPUT} failed: ${failed}")
    endif()
endif()
