# cmake -DBUILD_DIR=... -DSCRATCH=... -DEXAMPLE=... -DNETWORK=... -DEXPECT=regex
#       [-DGENERATOR=...] [-DCOMPILER_LAUNCHER=ccache] [-DBUILD_TYPE=Release]
#       [-DCXX_FLAGS=...] [-DEXE_LINKER_FLAGS=...] -P build_installed.cmake
# Installs the coopnet build BUILD_DIR into SCRATCH/prefix, builds the example project
# EXAMPLE against it in SCRATCH/build (find_package(coopnet) through CMAKE_PREFIX_PATH), and
# runs its program on NETWORK; fails unless the output matches EXPECT.
cmake_minimum_required(VERSION 3.25)
foreach(variable BUILD_DIR SCRATCH EXAMPLE NETWORK EXPECT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "build_installed.cmake: ${variable} is not set")
    endif()
endforeach()

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out
                    ERROR_VARIABLE out)
    if(NOT status EQUAL 0)
        list(JOIN ARGN " " command)
        message(FATAL_ERROR "failed (${status}): ${command}\n${out}")
    endif()
    set(output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${SCRATCH})
set(prefix ${SCRATCH}/prefix)
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

if(NOT BUILD_TYPE)
    set(BUILD_TYPE Release)
endif()
set(configure ${CMAKE_COMMAND} -S ${EXAMPLE} -B ${SCRATCH}/build -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
    -DCMAKE_PREFIX_PATH=${prefix} "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
    "-DCMAKE_EXE_LINKER_FLAGS=${EXE_LINKER_FLAGS}")
if(GENERATOR)
    list(APPEND configure -G ${GENERATOR})
endif()
if(COMPILER_LAUNCHER)
    list(APPEND configure -DCMAKE_CXX_COMPILER_LAUNCHER=${COMPILER_LAUNCHER})
endif()
run(${configure})
run(${CMAKE_COMMAND} --build ${SCRATCH}/build)

get_filename_component(name ${EXAMPLE} NAME)
run(${SCRATCH}/build/${name} ${NETWORK})
message(STATUS "${name} ${NETWORK}:\n${output}")
if(NOT output MATCHES "${EXPECT}")
    message(FATAL_ERROR "the output does not match '${EXPECT}'")
endif()
