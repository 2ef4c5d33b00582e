// Included by every header of lkip::render. The core is built with
// LKIP_BUILDING_CORE, so a core file that reaches for a renderer stops the
// build here instead of tying the computation to an output format.
#pragma once

#ifdef LKIP_BUILDING_CORE
#error "lkip::core may not include lkip::render: the core computes report tables, the renderers write them"
#endif
