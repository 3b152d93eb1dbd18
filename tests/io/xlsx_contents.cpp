#include "tests/io/xlsx_contents.hpp"

#include <zip.h>

#include <memory>
#include <pugixml.hpp>
#include <stdexcept>

namespace coopnet::test {

std::map<std::string, std::string> unzip(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) throw std::runtime_error("zip_source_buffer_create failed");
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        throw std::runtime_error("not a zip: " + std::string(zip_error_strerror(&error)));
    }
    std::unique_ptr<zip_t, decltype(&zip_discard)> guard(archive, &zip_discard);
    std::map<std::string, std::string> entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0) {
            throw std::runtime_error("zip_stat_index failed");
        }
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (file == nullptr) throw std::runtime_error("zip_fopen_index failed");
        std::string contents(stat.size, '\0');
        const zip_int64_t read = zip_fread(file, contents.data(), stat.size);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size)) {
            throw std::runtime_error("zip_fread failed");
        }
        entries[stat.name] = std::move(contents);
    }
    return entries;
}

namespace {

pugi::xml_document parse(const std::map<std::string, std::string>& entries,
                         const std::string& name) {
    pugi::xml_document document;
    const auto it = entries.find(name);
    if (it == entries.end()) throw std::runtime_error("no zip entry " + name);
    if (!document.load_buffer(it->second.data(), it->second.size())) {
        throw std::runtime_error("bad XML in " + name);
    }
    return document;
}

// "C12" -> column index 2 (0-based), row index 11.
std::pair<std::size_t, std::size_t> cell_position(const std::string& reference) {
    std::size_t column = 0;
    std::size_t i = 0;
    for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
        column = column * 26 + static_cast<std::size_t>(reference[i] - 'A' + 1);
    }
    return {column - 1, std::stoul(reference.substr(i)) - 1};
}

}  // namespace

std::vector<XlsxSheetContents> xlsx_contents(const std::string& bytes) {
    const auto entries = unzip(bytes);
    std::vector<std::string> shared;
    if (entries.count("xl/sharedStrings.xml") != 0) {
        const pugi::xml_document strings = parse(entries, "xl/sharedStrings.xml");
        for (const pugi::xml_node si : strings.child("sst").children("si")) {
            std::string text;
            for (const pugi::xpath_node t : si.select_nodes(".//t")) text += t.node().child_value();
            shared.push_back(text);
        }
    }
    const pugi::xml_document workbook = parse(entries, "xl/workbook.xml");
    const pugi::xml_document relations = parse(entries, "xl/_rels/workbook.xml.rels");
    std::vector<XlsxSheetContents> sheets;
    for (const pugi::xml_node sheet :
         workbook.child("workbook").child("sheets").children("sheet")) {
        XlsxSheetContents contents;
        contents.name = sheet.attribute("name").value();
        const std::string id = sheet.attribute("r:id").value();
        const pugi::xml_node relation =
            relations.child("Relationships")
                .find_child_by_attribute("Relationship", "Id", id.c_str());
        const pugi::xml_document xml =
            parse(entries, "xl/" + std::string(relation.attribute("Target").value()));
        const pugi::xml_node worksheet = xml.child("worksheet");
        const pugi::xml_node pane = worksheet.child("sheetViews").child("sheetView").child("pane");
        if (std::string(pane.attribute("state").value()) == "frozen") {
            contents.frozen_cell = pane.attribute("topLeftCell").value();
        }
        contents.autofilter = worksheet.child("autoFilter").attribute("ref").value();
        for (const pugi::xml_node col : worksheet.child("cols").children("col")) {
            contents.column_widths.push_back(col.attribute("width").as_double());
        }
        for (const pugi::xml_node row : worksheet.child("sheetData").children("row")) {
            for (const pugi::xml_node c : row.children("c")) {
                const auto [column, r] = cell_position(c.attribute("r").value());
                if (contents.rows.size() <= r) contents.rows.resize(r + 1);
                auto& cells = contents.rows[r];
                if (cells.size() <= column) cells.resize(column + 1);
                XlsxCellContents& cell = cells[column];
                cell.type = c.attribute("t") ? c.attribute("t").value() : "n";
                if (cell.type == "s") {
                    cell.text = shared.at(std::stoul(c.child_value("v")));
                } else if (cell.type == "inlineStr") {
                    cell.text = c.child("is").child_value("t");
                } else {
                    cell.text = c.child_value("v");
                }
            }
        }
        sheets.push_back(std::move(contents));
    }
    return sheets;
}

}  // namespace coopnet::test
