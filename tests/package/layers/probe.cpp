// Compiled by check_layer.cmake with the exact command line that compiles a
// file of lkip::core (or lkip::render), LKIP_PROBE_INCLUDE naming the one
// header under test.
#include LKIP_PROBE_INCLUDE

int lkip_layer_probe();
