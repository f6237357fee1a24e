// Helpers for reading the fixed-format text tables of the opacity data sets. Every error names the file
// and the line (1-based) and is thrown as InputError.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nuflash {

// All lines of a text file (without line terminators). Throws InputError if it cannot be read.
std::vector<std::string> read_lines(const std::filesystem::path& file);

[[noreturn]] void throw_table_error(const std::filesystem::path& file, int line, const std::string& what);

// The number in `text` (surrounding blanks allowed); throws InputError naming `what` if it is not one.
double parse_number(std::string_view text, const std::filesystem::path& file, int line, std::string_view what);

// The whitespace-separated numbers of `text`; throws InputError if a token is not a number.
std::vector<double> parse_numbers(std::string_view text, const std::filesystem::path& file, int line);

// A fixed-width field of `width` characters at `pos` of `text`: NaN when blank or beyond the end of the
// line (a table hole), otherwise the number (InputError if it is not one).
double parse_field(const std::string& text, std::size_t pos, std::size_t width,
                   const std::filesystem::path& file, int line);

// The value following `key` (e.g. "X=") in `text`; InputError if absent or not a number.
double parse_keyed(std::string_view text, std::string_view key, const std::filesystem::path& file, int line);

}  // namespace nuflash
