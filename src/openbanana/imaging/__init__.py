"""Pure functions on images: the size table, fitting, codecs. No engine or wire knowledge."""
