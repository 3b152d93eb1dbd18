#include "cli/output_target.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <string>

#include "core/error.hpp"
#include "io/atomic_file.hpp"

namespace coopnet::cli {

void add_table_output_options(CLI::App& command, std::string& format,
                              std::filesystem::path& output) {
    command
        .add_option("--format", format,
                    "table (default), json, csv or xlsx (the default for -o FILE.xlsx)")
        ->check(CLI::IsMember({"table", "json", "csv", "xlsx"}));
    command.add_option("-o,--output", output,
                       "write to this file (atomically) instead of standard output; a .xlsx "
                       "file is a workbook");
}

bool is_standard_stream(const std::filesystem::path& path) { return path == "-"; }

void write_output(const std::filesystem::path& output,
                  const std::function<void(std::ostream&)>& write,
                  std::span<const std::filesystem::path> inputs) {
    if (!output.empty() && !is_standard_stream(output)) {
        write_file_atomically(output, write, inputs);
        return;
    }
    write_standard_output(write);
}

bool wants_workbook(const std::filesystem::path& output, std::string_view format) {
    if (!format.empty()) return format == "xlsx";
    std::string extension = output.extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension == ".xlsx";
}

void refuse_workbook_on_standard_output(const std::filesystem::path& output) {
    if (!output.empty() && !is_standard_stream(output)) return;
    throw InvalidArgument(
        "a workbook (.xlsx) is binary and is not written to standard output: give a file "
        "name ending in .xlsx (-o results.xlsx, or convert's OUT)");
}

void write_workbook_output(const std::filesystem::path& output, std::span<const XlsxTable> sheets,
                           std::span<const std::filesystem::path> inputs) {
    refuse_workbook_on_standard_output(output);
    write_xlsx_workbook(output, sheets, inputs);
}

void check_standard_output() {
    errno = 0;
    std::cout.flush();
    if (std::cout) return;
    const int reason = errno;
    throw OutputError("cannot write to standard output" +
                      (reason != 0 ? ": " + std::string(std::strerror(reason)) : std::string()));
}

}  // namespace coopnet::cli
