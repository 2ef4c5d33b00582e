#include "lkip/render/project_workbook.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>

#include "xlsx/xlsx_workbook.hpp"

namespace lkip {
namespace {

using render_detail::workbook_error;

constexpr const char* kGuideSheet = "petunjuk";
// Rows below the last one that still offer the lists to pick from, for the
// indicators a planner adds.
constexpr int kRowsToFill = 500;
constexpr double kMinColumnWidth = 10;
constexpr double kMaxColumnWidth = 60;

constexpr std::array kGuide{
    "Proyek lkip dalam satu buku kerja",
    "",
    "Buku kerja ini memuat seluruh proyek lkip: lkip membacanya seperti folder berisi lkip.json dan berkas CSV.",
    "Hitung tabel Bab III dengan: lkip compute NAMA.xlsx   (atau lkip check NAMA.xlsx untuk memeriksa isinya)",
    "",
    "Lembar:",
    "  proyek     satu nilai per baris: kunci (misalnya instansi.nama, tahun, renstra.dari) dan nilainya",
    "  sasaran    satu sasaran per baris: id dan nama",
    "  indikator  satu indikator per baris; kolom sasaran = id sasarannya; kolom induk diisi id IKU untuk",
    "             indikator program; target.2023, realisasi.2023 … satu kolom per tahun",
    "  tabel      definisi tabel data: id, file (nama lembar berisi tabelnya), kunci, kolom_angka[] …",
    "  skala      skala Anda sendiri (boleh tidak ada)",
    "  lainnya    tabel data, anggaran dan klaim: baris 1 judul kolom, satu baris per baris tabel",
    "",
    "Nama kolom adalah kunci lkip.json dipisah titik: target.2023 adalah target tahun 2023;",
    "realisasi.2023.pembilang.tabel dan seterusnya menghitung realisasi dari tabel data.",
    "Kolom yang diakhiri [] berisi daftar dipisah titik koma: data[] = kdrt_2023; keluarga_2023",
    "Angka boleh diketik sebagai angka (49,55 atau 49,55%) atau sebagai teks persis seperti di laporan (\"1 : 1.300\").",
    "Pilihan jenis dan polaritas tersedia sebagai daftar di lembar indikator.",
    "",
    "Panduan lengkap: docs/panduan.md dan docs/workbook.md",
};

struct ListColumn {
  const char* header;
  std::vector<const char*> choices;
};

// The columns of the indikator sheet whose values come from a short list.
const std::vector<ListColumn>& indicator_lists() {
  static const std::vector<ListColumn> lists{
      {"jenis", {"rasio", "persentase", "angka", "nilai", "predikat"}},
      {"polaritas", {"positif", "negatif"}},
  };
  return lists;
}

class ProjectWorkbookWriter {
 public:
  ProjectWorkbookWriter(lxw_workbook* workbook, std::string path) : workbook_(workbook), path_(std::move(path)) {
    header_ = workbook_add_format(workbook_);
    format_set_bold(header_);
    format_set_bg_color(header_, 0xD9E1F2);
    format_set_border(header_, LXW_BORDER_THIN);
    title_ = workbook_add_format(workbook_);
    format_set_bold(title_);
    format_set_font_size(title_, 14);
  }

  std::optional<Error> guide() {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, kGuideSheet);
    if (!sheet) return workbook_error(path_, LXW_ERROR_MEMORY_MALLOC_FAILED);
    worksheet_set_column(sheet, 0, 0, 120, nullptr);
    for (std::size_t row = 0; row < kGuide.size(); ++row) {
      const lxw_error error =
          worksheet_write_string(sheet, static_cast<lxw_row_t>(row), 0, kGuide[row], row == 0 ? title_ : nullptr);
      if (error != LXW_NO_ERROR) return workbook_error(path_, error);
    }
    return std::nullopt;
  }

  std::optional<Error> sheet(const ProjectSheet& content) {
    if (const lxw_error error = workbook_validate_sheet_name(workbook_, content.name.c_str())) return workbook_error(path_, error);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_, content.name.c_str());
    if (!sheet) return workbook_error(path_, LXW_ERROR_MEMORY_MALLOC_FAILED);
    std::vector<double> widths;
    for (std::size_t r = 0; r < content.rows.size(); ++r) {
      const auto& row = content.rows[r];
      widths.resize(std::max(widths.size(), row.size()), kMinColumnWidth);
      for (std::size_t c = 0; c < row.size(); ++c) {
        widths[c] = std::clamp(static_cast<double>(row[c].text.size()) + 2, widths[c], kMaxColumnWidth);
        if (const lxw_error error = write(sheet, r, c, row[c], r == 0 ? header_ : nullptr)) return workbook_error(path_, error);
      }
    }
    for (std::size_t c = 0; c < widths.size(); ++c) {
      worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (content.part == SheetPart::indicators && !content.rows.empty()) offer_lists(sheet, content);
    return std::nullopt;
  }

 private:
  lxw_workbook* workbook_;
  std::string path_;
  lxw_format* header_ = nullptr;
  lxw_format* title_ = nullptr;
  // libxlsxwriter takes the list as char** (it only reads it).
  std::vector<std::vector<char*>> kept_choices_;

  static lxw_error write(lxw_worksheet* sheet, std::size_t r, std::size_t c, const SheetValue& value, lxw_format* format) {
    const auto row = static_cast<lxw_row_t>(r);
    const auto column = static_cast<lxw_col_t>(c);
    if (value.text.empty()) return format ? worksheet_write_blank(sheet, row, column, format) : LXW_NO_ERROR;
    switch (value.kind) {
      // A whole number of lkip.json (a year, a count of decimals): exact in a double.
      case SheetValueKind::number: return worksheet_write_number(sheet, row, column, static_cast<double>(std::stoll(value.text)), format);
      case SheetValueKind::flag: return worksheet_write_boolean(sheet, row, column, value.text == "TRUE", format);
      case SheetValueKind::text: break;
    }
    return worksheet_write_string(sheet, row, column, value.text.c_str(), format);
  }

  void offer_lists(lxw_worksheet* sheet, const ProjectSheet& content) {
    const auto& headers = content.rows.front();
    for (const ListColumn& list : indicator_lists()) {
      for (std::size_t c = 0; c < headers.size(); ++c) {
        if (headers[c].text != list.header) continue;
        std::vector<char*>& choices = kept_choices_.emplace_back();
        for (const char* choice : list.choices) choices.push_back(const_cast<char*>(choice));
        choices.push_back(nullptr);  // libxlsxwriter reads the list up to a null
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = choices.data();
        const auto last = static_cast<lxw_row_t>(content.rows.size() + kRowsToFill);
        worksheet_data_validation_range(sheet, 1, static_cast<lxw_col_t>(c), last, static_cast<lxw_col_t>(c), &validation);
      }
    }
  }
};

}  // namespace

std::optional<Error> write_project_workbook(const std::vector<ProjectSheet>& sheets, const std::string& path) {
  auto opened = render_detail::new_workbook(path);
  if (!opened) return opened.error();
  render_detail::WorkbookPointer workbook = std::move(*opened);
  lxw_doc_properties properties{};
  std::string title = "Proyek lkip";  // libxlsxwriter takes a char*
  properties.title = title.data();
  properties.created = render_detail::kCreated;
  if (const lxw_error error = workbook_set_properties(workbook.get(), &properties)) return workbook_error(path, error);
  ProjectWorkbookWriter writer(workbook.get(), path);
  if (auto error = writer.guide()) return error;
  for (const ProjectSheet& sheet : sheets) {
    if (auto error = writer.sheet(sheet)) return error;
  }
  // workbook_close frees the workbook whether or not it could write it.
  if (const lxw_error error = workbook_close(workbook.release())) return workbook_error(path, error);
  return std::nullopt;
}

}  // namespace lkip
