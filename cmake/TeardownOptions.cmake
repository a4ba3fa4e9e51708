# One interface target carries the language standard, the warnings and the strict Qt defines.
# Every target of the project links it instead of relying on project-wide flags.
add_library(teardown_options INTERFACE)
target_compile_features(teardown_options INTERFACE cxx_std_20)
target_compile_options(teardown_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual -Wformat=2
    -Wimplicit-fallthrough
    $<$<BOOL:${TEARDOWN_WERROR}>:-Werror>)
target_compile_definitions(teardown_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(TEARDOWN_SANITIZE OR TEARDOWN_FUZZ)
    target_compile_options(teardown_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=undefined)
    target_link_options(teardown_options INTERFACE -fsanitize=address,undefined)
endif()
# Fuzzing: every library is instrumented for libFuzzer's coverage; only the harnesses link its
# main (tests/fuzz).
if(TEARDOWN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "TEARDOWN_FUZZ needs clang (the fuzz preset uses clang++-14)")
    endif()
    target_compile_options(teardown_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# teardown_add_test(<name> SOURCES ... LIBS ... LABEL unit|integration|ui|keychain [X11_SCREEN WxH])
# One Qt Test executable per class under test, run on the offscreen platform with an isolated
# configuration so a test never touches the developer's own settings or history. With X11_SCREEN,
# it runs on a real X server of that size instead (xvfb-run, with the platform's X11 key bindings).
function(teardown_add_test name)
    cmake_parse_arguments(arg "" "LABEL;TIMEOUT;X11_SCREEN" "SOURCES;LIBS" ${ARGN})
    if(NOT arg_LABEL)
        message(FATAL_ERROR "teardown_add_test(${name}) needs a LABEL")
    endif()
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test teardown_options ${arg_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    if(arg_X11_SCREEN)
        add_test(NAME ${name} COMMAND xvfb-run -a -s "-screen 0 ${arg_X11_SCREEN}x24" $<TARGET_FILE:${name}>)
        set(platform xcb)
    else()
        add_test(NAME ${name} COMMAND ${name})
        set(platform offscreen)
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS ${arg_LABEL}
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=${platform};TEARDOWN_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data")
endfunction()
