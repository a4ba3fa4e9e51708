# teardown_buildinfo: the generated BuildInfo.h (version, app id, build type, compiler) for the
# three programs' --version and the About box.
if(CMAKE_BUILD_TYPE)
    set(TEARDOWN_BUILD_TYPE ${CMAKE_BUILD_TYPE})
else()
    set(TEARDOWN_BUILD_TYPE "default")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/BuildInfo.h.in ${CMAKE_BINARY_DIR}/generated/BuildInfo.h @ONLY)
add_library(teardown_buildinfo INTERFACE)
target_include_directories(teardown_buildinfo INTERFACE ${CMAKE_BINARY_DIR}/generated)
