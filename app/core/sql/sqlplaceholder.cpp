// placeholder so the folder has a translation unit until the splitters land

