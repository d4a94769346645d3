# libpg_query (Debian: libpg-query-dev): the PostgreSQL server's own scanner and parser.
find_path(PgQuery_INCLUDE_DIR pg_query.h)
find_library(PgQuery_LIBRARY NAMES pg_query)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PgQuery REQUIRED_VARS PgQuery_LIBRARY PgQuery_INCLUDE_DIR)
if(PgQuery_FOUND AND NOT TARGET PgQuery::PgQuery)
  add_library(PgQuery::PgQuery UNKNOWN IMPORTED)
  set_target_properties(PgQuery::PgQuery PROPERTIES
    IMPORTED_LOCATION ${PgQuery_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${PgQuery_INCLUDE_DIR})
endif()
