# tessera_add_test(NAME SOURCES <files> LIBS <targets> [DATABASE] [SERIAL])
#   DATABASE: needs the throwaway PostgreSQL (fixture pg_server)
#   SERIAL:   never alongside other tests (it restarts the shared server)
# Every test runs with QT_QPA_PLATFORM=offscreen (core tests never open a window anyway).
function(tessera_add_test name)
  cmake_parse_arguments(T "DATABASE;SERIAL" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_QPA_PLATFORM=offscreen;TESSERA_TEST_PG_FILE=${TESSERA_PG_CONNINFO_FILE}")
  # Keep tests away from the user's real profiles and data.
  list(APPEND env "XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}-home/config"
                  "XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}-home/data"
                  "XDG_CACHE_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}-home/cache")
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
  if(T_DATABASE)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED pg_server LABELS database)
  endif()
  if(T_SERIAL)
    set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE)
  endif()
endfunction()
