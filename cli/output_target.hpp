// Where a command's text goes: standard output (no -o, or `-o -`), or a file (`-o FILE`)
// written atomically.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "io/xlsx_writer.hpp"

namespace CLI {
class App;
}

namespace coopnet::cli {

/// The options of a command that writes result tables: `--format` (table, the default;
/// json; csv; xlsx, the default for -o FILE.xlsx) and `-o,--output`.
void add_table_output_options(CLI::App& command, std::string& format,
                              std::filesystem::path& output);

/// Whether `path` is `-`, which names standard input as NET and standard output as -o or
/// OUT. No command creates or reads a file of that name (give ./- for one).
bool is_standard_stream(const std::filesystem::path& path);

/// Writes through `write` to standard output when `output` is empty or `-`, otherwise to
/// the file `output` with io/atomic_file.hpp (refused when it is one of `inputs`).
/// @throws OutputError when the text cannot be written, to the file or to standard
/// output (a full disk behind a redirection is not a success).
void write_output(const std::filesystem::path& output,
                  const std::function<void(std::ostream&)>& write,
                  std::span<const std::filesystem::path> inputs = {});

/// Whether an output is an Excel workbook: `format` is "xlsx", or no format is given and
/// `output` ends in `.xlsx` (any case).
bool wants_workbook(const std::filesystem::path& output, std::string_view format);

/// Refuses a workbook on standard output (binary, and usually a terminal): throws
/// InvalidArgument when `output` is empty or `-`. Called before any work.
void refuse_workbook_on_standard_output(const std::filesystem::path& output);

/// Writes `sheets` as a workbook to `output` atomically (io/xlsx_writer.hpp), refusing an
/// output that is one of `inputs` or standard output (refuse_workbook_on_standard_output).
void write_workbook_output(const std::filesystem::path& output, std::span<const XlsxTable> sheets,
                           std::span<const std::filesystem::path> inputs = {});

/// Flushes standard output. @throws OutputError, with the system's reason, when anything
/// written to it since the program started could not be written.
void check_standard_output();

}  // namespace coopnet::cli
