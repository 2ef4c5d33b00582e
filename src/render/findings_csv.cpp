// Findings as CSV for scripts: a header, then one row per finding (RFC 4180,
// ',' separated, exact figures beside the shown ones).
#include "render/findings_renderers.hpp"

namespace lkip::render_detail {
namespace {

std::string quoted(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string field = "\"";
  for (const char c : text) {
    if (c == '"') field += '"';
    field += c;
  }
  return field + '"';
}

std::string exact(const std::optional<Rational>& value) { return value ? value->to_exact_string() : std::string(); }

}  // namespace

void render_findings_csv(const Findings& findings, std::ostream& out) {
  out << "letak,jenis,hasil,file,baris_file,kolom_file,subjek,besaran,tahun,masalah,klaim,klaim_tepat,hitung,"
         "hitung_tepat,selisih,sebab_kode,sebab\n";
  for (const Finding& f : findings.rows) {
    const std::vector<std::string> fields = {
        f.group, f.kind, f.verdict, f.where.file, std::to_string(f.where.line), std::to_string(f.where.column),
        f.subject, f.quantity, f.year == 0 ? std::string() : std::to_string(f.year), f.problem, f.claimed,
        exact(f.claimed_exact), f.computed, exact(f.computed_exact), f.difference, f.cause_kind, f.cause};
    for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << quoted(fields[i]);
    out << '\n';
  }
}

}  // namespace lkip::render_detail
