#include "hdf5_file.hpp"

#include <H5Cpp.h>

#include <map>

#include "error.hpp"

namespace nuflash::io {

std::filesystem::path temporary_path(const std::filesystem::path& final_path) {
  return std::filesystem::path(final_path.string() + ".tmp");
}

namespace {

constexpr hsize_t kTableChunk = 256;

std::string parent_of(const std::string& path) {
  const auto pos = path.find_last_of('/');
  return pos == 0 || pos == std::string::npos ? "/" : path.substr(0, pos);
}

// Calls f(H5::H5Object&) on the group or dataset at `path`.
template <class F>
void with_object(H5::H5File& f, const std::string& path, F&& fn) {
  if (path == "/" || path.empty()) {
    H5::Group g = f.openGroup("/");
    fn(g);
  } else if (f.childObjType(path) == H5O_TYPE_GROUP) {
    H5::Group g = f.openGroup(path);
    fn(g);
  } else {
    H5::DataSet d = f.openDataSet(path);
    fn(d);
  }
}

bool link_exists(H5::H5File& f, const std::string& path) {
  if (path == "/") return true;
  std::string partial;
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto next = path.find('/', start);
    partial = path.substr(0, next);
    if (!H5Lexists(f.getId(), partial.c_str(), H5P_DEFAULT)) return false;
    if (next == std::string::npos) break;
    start = next + 1;
  }
  return true;
}

void write_unit(H5::DataSet& ds, const std::string& unit) {
  if (unit.empty()) return;
  H5::StrType st(H5::PredType::C_S1, H5T_VARIABLE);
  auto a = ds.createAttribute("units", st, H5::DataSpace(H5S_SCALAR));
  a.write(st, unit);
}

}  // namespace

struct H5Writer::Impl {
  H5::H5File file;
  struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<double>> pending;  // per column
    hsize_t rows = 0;
  };
  std::map<std::string, Table> tables;
};

H5Writer::H5Writer(std::filesystem::path final_path) : final_(std::move(final_path)), tmp_(temporary_path(final_)) {
  H5::Exception::dontPrint();
  if (final_.has_parent_path()) std::filesystem::create_directories(final_.parent_path());
  try {
    impl_ = std::make_unique<Impl>();
    impl_->file = H5::H5File(tmp_.string(), H5F_ACC_TRUNC);
  } catch (const H5::Exception& e) {
    throw InputError("output file '" + tmp_.string() + "': cannot be created (" + e.getDetailMsg() + ")");
  }
}

H5Writer::~H5Writer() {
  if (committed_ || !impl_) return;
  try {
    impl_->file.close();
  } catch (...) {
  }
}

void H5Writer::group(const std::string& path) {
  if (path == "/" || link_exists(impl_->file, path)) return;
  group(parent_of(path));
  impl_->file.createGroup(path);
}

void H5Writer::put_attr(const std::string& obj_path, const std::string& name, const H5::DataType& type,
                        const void* value) {
  if (!link_exists(impl_->file, obj_path)) group(obj_path);
  with_object(impl_->file, obj_path, [&](H5::H5Object& obj) {
    if (obj.attrExists(name)) obj.removeAttr(name);
    obj.createAttribute(name, type, H5::DataSpace(H5S_SCALAR)).write(type, value);
  });
}

void H5Writer::attr(const std::string& obj_path, const std::string& name, double value) {
  put_attr(obj_path, name, H5::PredType::NATIVE_DOUBLE, &value);
}

void H5Writer::attr(const std::string& obj_path, const std::string& name, long long value) {
  put_attr(obj_path, name, H5::PredType::NATIVE_LLONG, &value);
}

void H5Writer::attr(const std::string& obj_path, const std::string& name, const std::string& value) {
  const char* p = value.c_str();
  put_attr(obj_path, name, H5::StrType(H5::PredType::C_S1, H5T_VARIABLE), &p);
}

void H5Writer::dataset(const std::string& path, const std::vector<double>& data, const std::string& unit) {
  group(parent_of(path));
  const hsize_t n = data.size();
  H5::DataSpace space(1, &n);
  auto ds = impl_->file.createDataSet(path, H5::PredType::NATIVE_DOUBLE, space);
  if (n) ds.write(data.data(), H5::PredType::NATIVE_DOUBLE);
  write_unit(ds, unit);
}

void H5Writer::dataset(const std::string& path, const std::vector<long long>& data, const std::string& unit) {
  group(parent_of(path));
  const hsize_t n = data.size();
  H5::DataSpace space(1, &n);
  auto ds = impl_->file.createDataSet(path, H5::PredType::NATIVE_LLONG, space);
  if (n) ds.write(data.data(), H5::PredType::NATIVE_LLONG);
  write_unit(ds, unit);
}

void H5Writer::dataset(const std::string& path, const std::vector<std::string>& data) {
  group(parent_of(path));
  const hsize_t n = data.size();
  H5::DataSpace space(1, &n);
  H5::StrType st(H5::PredType::C_S1, H5T_VARIABLE);
  auto ds = impl_->file.createDataSet(path, st, space);
  std::vector<const char*> ptrs;
  for (const auto& s : data) ptrs.push_back(s.c_str());
  if (n) ds.write(ptrs.data(), st);
}

void H5Writer::dataset2d(const std::string& path, std::size_t rows, std::size_t cols,
                         const std::vector<double>& data, const std::string& unit) {
  if (data.size() != rows * cols) throw std::invalid_argument("dataset2d: size mismatch for " + path);
  group(parent_of(path));
  const hsize_t dims[2] = {rows, cols};
  H5::DataSpace space(2, dims);
  auto ds = impl_->file.createDataSet(path, H5::PredType::NATIVE_DOUBLE, space);
  if (!data.empty()) ds.write(data.data(), H5::PredType::NATIVE_DOUBLE);
  write_unit(ds, unit);
}

void H5Writer::create_table(const std::string& path, const std::vector<Column>& columns) {
  group(path);
  const hsize_t zero = 0, unlimited = H5S_UNLIMITED;
  H5::DSetCreatPropList plist;
  plist.setChunk(1, &kTableChunk);
  for (const auto& c : columns) {
    H5::DataSpace space(1, &zero, &unlimited);
    auto ds = impl_->file.createDataSet(path + "/" + c.name, H5::PredType::NATIVE_DOUBLE, space, plist);
    write_unit(ds, c.unit);
  }
  Impl::Table t;
  t.columns = columns;
  t.pending.assign(columns.size(), {});
  impl_->tables[path] = std::move(t);
}

void H5Writer::append_row(const std::string& path, const std::vector<double>& row) {
  auto it = impl_->tables.find(path);
  if (it == impl_->tables.end()) throw std::invalid_argument("append_row: no table " + path);
  auto& t = it->second;
  if (row.size() != t.columns.size()) throw std::invalid_argument("append_row: wrong row length for " + path);
  for (std::size_t c = 0; c < row.size(); ++c) t.pending[c].push_back(row[c]);
  if (t.pending[0].size() >= kTableChunk) flush();
}

void H5Writer::flush() {
  for (auto& [path, t] : impl_->tables) {
    const hsize_t add = t.pending.empty() ? 0 : t.pending[0].size();
    if (add == 0) continue;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      auto ds = impl_->file.openDataSet(path + "/" + t.columns[c].name);
      const hsize_t newsize = t.rows + add;
      ds.extend(&newsize);
      H5::DataSpace fspace = ds.getSpace();
      fspace.selectHyperslab(H5S_SELECT_SET, &add, &t.rows);
      H5::DataSpace mspace(1, &add);
      ds.write(t.pending[c].data(), H5::PredType::NATIVE_DOUBLE, mspace, fspace);
      t.pending[c].clear();
    }
    t.rows += add;
  }
  impl_->file.flush(H5F_SCOPE_GLOBAL);
}

void H5Writer::commit() {
  flush();
  impl_->file.close();
  std::filesystem::rename(tmp_, final_);
  committed_ = true;
}

struct H5Reader::Impl {
  H5::H5File file;
};

H5Reader::H5Reader(const std::filesystem::path& path) : impl_(std::make_unique<Impl>()) {
  H5::Exception::dontPrint();
  try {
    impl_->file = H5::H5File(path.string(), H5F_ACC_RDONLY);
  } catch (const H5::Exception& e) {
    throw InputError("HDF5 file '" + path.string() + "': cannot be opened");
  }
}

H5Reader::~H5Reader() = default;

bool H5Reader::exists(const std::string& path) const { return link_exists(impl_->file, path); }

namespace {
H5::Attribute open_attr(H5::H5File& f, const std::string& obj_path, const std::string& name) {
  H5::Attribute a;
  with_object(f, obj_path, [&](H5::H5Object& obj) {
    if (!obj.attrExists(name)) throw InputError("HDF5: no attribute '" + name + "' on " + obj_path);
    a = obj.openAttribute(name);
  });
  return a;
}
}  // namespace

double H5Reader::attr_double(const std::string& obj_path, const std::string& name) const {
  double v = 0;
  open_attr(impl_->file, obj_path, name).read(H5::PredType::NATIVE_DOUBLE, &v);
  return v;
}

long long H5Reader::attr_int(const std::string& obj_path, const std::string& name) const {
  long long v = 0;
  open_attr(impl_->file, obj_path, name).read(H5::PredType::NATIVE_LLONG, &v);
  return v;
}

std::string H5Reader::attr_string(const std::string& obj_path, const std::string& name) const {
  std::string v;
  auto a = open_attr(impl_->file, obj_path, name);
  a.read(a.getStrType(), v);
  return v;
}

std::vector<std::size_t> H5Reader::shape(const std::string& path) const {
  auto space = impl_->file.openDataSet(path).getSpace();
  std::vector<hsize_t> dims(static_cast<std::size_t>(space.getSimpleExtentNdims()));
  space.getSimpleExtentDims(dims.data());
  return {dims.begin(), dims.end()};
}

std::vector<double> H5Reader::doubles(const std::string& path) const {
  auto ds = impl_->file.openDataSet(path);
  const auto n = static_cast<std::size_t>(ds.getSpace().getSimpleExtentNpoints());
  std::vector<double> out(n);
  if (n) ds.read(out.data(), H5::PredType::NATIVE_DOUBLE);
  return out;
}

std::vector<long long> H5Reader::ints(const std::string& path) const {
  auto ds = impl_->file.openDataSet(path);
  const auto n = static_cast<std::size_t>(ds.getSpace().getSimpleExtentNpoints());
  std::vector<long long> out(n);
  if (n) ds.read(out.data(), H5::PredType::NATIVE_LLONG);
  return out;
}

std::vector<std::string> H5Reader::strings(const std::string& path) const {
  auto ds = impl_->file.openDataSet(path);
  const auto n = static_cast<std::size_t>(ds.getSpace().getSimpleExtentNpoints());
  std::vector<char*> ptrs(n, nullptr);
  H5::StrType st(H5::PredType::C_S1, H5T_VARIABLE);
  if (n) ds.read(ptrs.data(), st);
  std::vector<std::string> out(ptrs.begin(), ptrs.end());
  if (n) H5Dvlen_reclaim(st.getId(), ds.getSpace().getId(), H5P_DEFAULT, ptrs.data());
  return out;
}

std::vector<std::string> H5Reader::members(const std::string& group_path) const {
  auto g = impl_->file.openGroup(group_path);
  std::vector<std::string> out;
  for (hsize_t i = 0; i < g.getNumObjs(); ++i) out.push_back(g.getObjnameByIdx(i));
  return out;
}

}  // namespace nuflash::io
