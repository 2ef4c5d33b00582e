// Built-in scales: the defaults a project may override in lkip.json "skala".
//
// - "kla": the Kota Layak Anak ladder Pratama < Madya < Nindya < Utama < KLA.
// - "akip": AKIP grade bands of PermenPANRB 12/2015 (unchanged in 88/2021):
//   AA >90–100, A >80–90, BB >70–80, B >60–70, CC >50–60, C >30–50, D 0–30.
// - "kla_nilai": KLA evaluation scores (out of 1000) to predikat.
// - "permendagri86": capaian bands (Sangat Tinggi ≥ 91, Tinggi 76–<91,
//   Sedang 66–<76, Rendah 51–<66, Sangat Rendah < 51).
// - "akip_12_2015" and "akip_88_2021": AKIP component weights.
#pragma once

#include "lkip/model/model.hpp"

namespace lkip {

Scales builtin_scales();

}  // namespace lkip
