// A small typed HDF5 layer: attributes, 1-D/2-D datasets, growable tables, and a reader.
// Writers create NAME.tmp and rename it to NAME only in commit(): an interrupted run never leaves
// a file that looks complete.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace H5 {
class DataType;
}

namespace nuflash::io {

// One column of a growable table: a name and its unit ("1" for dimensionless).
struct Column {
  std::string name;
  std::string unit;
};

class H5Writer {
 public:
  explicit H5Writer(std::filesystem::path final_path);
  ~H5Writer();
  H5Writer(const H5Writer&) = delete;
  H5Writer& operator=(const H5Writer&) = delete;

  // Groups are created on demand for every path below ("/a/b/c" creates /a and /a/b).
  void group(const std::string& path);
  void attr(const std::string& obj_path, const std::string& name, double value);
  void attr(const std::string& obj_path, const std::string& name, long long value);
  void attr(const std::string& obj_path, const std::string& name, const std::string& value);
  void attr(const std::string& obj_path, const std::string& name, const char* value) {
    attr(obj_path, name, std::string(value));
  }
  void dataset(const std::string& path, const std::vector<double>& data, const std::string& unit = "");
  void dataset(const std::string& path, const std::vector<long long>& data, const std::string& unit = "");
  void dataset(const std::string& path, const std::vector<std::string>& data);
  // Row-major rows x cols.
  void dataset2d(const std::string& path, std::size_t rows, std::size_t cols, const std::vector<double>& data,
                 const std::string& unit = "");

  // A growable table: group `path` holding one extendible 1-D dataset per column.
  void create_table(const std::string& path, const std::vector<Column>& columns);
  void append_row(const std::string& path, const std::vector<double>& row);

  void flush();
  // Flushes, closes and renames NAME.tmp -> NAME. After commit() the writer is closed.
  void commit();
  const std::filesystem::path& final_path() const { return final_; }

 private:
  void put_attr(const std::string& obj_path, const std::string& name, const H5::DataType& type, const void* value);
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::filesystem::path final_;
  std::filesystem::path tmp_;
  bool committed_ = false;
};

class H5Reader {
 public:
  explicit H5Reader(const std::filesystem::path& path);
  ~H5Reader();
  bool exists(const std::string& path) const;
  double attr_double(const std::string& obj_path, const std::string& name) const;
  long long attr_int(const std::string& obj_path, const std::string& name) const;
  std::string attr_string(const std::string& obj_path, const std::string& name) const;
  std::vector<double> doubles(const std::string& path) const;
  std::vector<long long> ints(const std::string& path) const;
  std::vector<std::string> strings(const std::string& path) const;
  std::vector<std::size_t> shape(const std::string& path) const;
  std::vector<std::string> members(const std::string& group_path) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The temporary name a writer uses for `final_path`.
std::filesystem::path temporary_path(const std::filesystem::path& final_path);

}  // namespace nuflash::io
