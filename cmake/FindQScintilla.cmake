# Debian ships QScintilla for Qt 6 without a CMake config: find it by hand.
find_path(QScintilla_INCLUDE_DIR Qsci/qsciscintilla.h
  PATH_SUFFIXES x86_64-linux-gnu/qt6 qt6 aarch64-linux-gnu/qt6
  HINTS ${Qt6Core_INCLUDE_DIRS}/..)
find_library(QScintilla_LIBRARY NAMES qscintilla2_qt6)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintilla REQUIRED_VARS QScintilla_LIBRARY QScintilla_INCLUDE_DIR)
if(QScintilla_FOUND AND NOT TARGET QScintilla::QScintilla)
  add_library(QScintilla::QScintilla SHARED IMPORTED)
  set_target_properties(QScintilla::QScintilla PROPERTIES
    IMPORTED_LOCATION ${QScintilla_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${QScintilla_INCLUDE_DIR}
    INTERFACE_COMPILE_DEFINITIONS QSCINTILLA_DLL)
  target_link_libraries(QScintilla::QScintilla INTERFACE Qt6::Widgets)
endif()
