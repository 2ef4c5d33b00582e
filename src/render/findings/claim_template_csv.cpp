// A claims template as the klaim.csv `lkip verify` reads: names from the
// inputs made inert for spreadsheets, lkip's own figures as they are.
#include "data/csv_writer.hpp"
#include "lkip/render/render_findings.hpp"

namespace lkip {

void render_claim_template(const std::vector<ClaimTemplateRow>& rows, std::ostream& out) {
  using render_detail::inert_text;
  out << "letak;subjek;besaran;tahun;baris;nilai;catatan\n";
  for (const ClaimTemplateRow& row : rows) {
    render_detail::write_csv_record({inert_text(row.place), inert_text(row.subject), inert_text(row.quantity),
                                     std::to_string(row.year), inert_text(row.row), std::string(), row.note},
                                    ';', out);
  }
}

}  // namespace lkip
