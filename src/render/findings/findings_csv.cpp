// Findings as CSV for scripts: a header, then one row per finding (RFC 4180,
// ',' separated, exact figures beside the shown ones). Text that comes from
// the inputs (names, printed claims, notes) is made inert for spreadsheets.
#include "data/csv_writer.hpp"
#include "findings/findings_renderers.hpp"

namespace lkip::render_detail {
namespace {

std::string exact(const std::optional<Rational>& value) { return value ? value->to_exact_string() : std::string(); }

std::string cause_code(CauseKind kind) {
  return kind == CauseKind::none ? std::string() : std::string(to_string(kind));
}

}  // namespace

void render_findings_csv(const Findings& findings, std::ostream& out) {
  out << "letak,jenis,hasil,file,baris_file,kolom_file,subjek,besaran,tahun,masalah,klaim,klaim_tepat,hitung,"
         "hitung_tepat,selisih,sebab_kode,sebab\n";
  for (const Finding& f : findings.rows) {
    // Names, printed claims and notes come from the inputs; figures lkip
    // computed ("-59" as a difference) are written as they are.
    const std::vector<std::string> fields = {inert_text(f.group),
                                             std::string(to_string(f.kind)),
                                             std::string(to_string(f.verdict)),
                                             inert_text(f.where.file),
                                             std::to_string(f.where.line),
                                             std::to_string(f.where.column),
                                             inert_text(f.subject),
                                             inert_text(f.quantity),
                                             f.year == 0 ? std::string() : std::to_string(f.year),
                                             inert_text(f.problem),
                                             inert_text(f.claimed),
                                             exact(f.claimed_exact),
                                             f.computed,
                                             exact(f.computed_exact),
                                             f.difference,
                                             cause_code(f.cause_kind),
                                             inert_text(f.cause)};
    write_csv_record(fields, ',', out);
  }
}

}  // namespace lkip::render_detail
