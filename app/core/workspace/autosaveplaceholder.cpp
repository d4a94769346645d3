// placeholder so the folder has a translation unit until autosave lands

