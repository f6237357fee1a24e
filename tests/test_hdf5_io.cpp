// HDF5 writer/reader round trips (bit for bit) and the tmp+rename rule.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <limits>

#include "error.hpp"
#include "hdf5_file.hpp"
#include "json.hpp"
#include "json_hdf5.hpp"
#include "run_metadata.hpp"

using namespace nuflash::io;
namespace fs = std::filesystem;

namespace {
fs::path scratch(const std::string& name) {
  const fs::path dir = fs::path(NUFLASH_BINARY_DIR) / "test_scratch";
  fs::create_directories(dir);
  fs::remove(dir / name);
  fs::remove(temporary_path(dir / name));
  return dir / name;
}
}  // namespace

TEST(Hdf5, RoundTripIsBitExact) {
  const auto path = scratch("roundtrip.h5");
  const std::vector<double> xs{0.1, 1.0 / 3.0, -2.5e-300, std::numeric_limits<double>::max(),
                               std::nextafter(1.0, 2.0)};
  const std::vector<long long> is{1, -2, 1LL << 60};
  {
    H5Writer w(path);
    write_metadata(w, {"nuflash test", "test", "a = 1\n", {{"opacity_source", "analytic"}}});
    w.dataset("/data/x", xs, "erg");
    w.dataset("/data/i", is);
    w.dataset("/data/names", std::vector<std::string>{"pp", "cno"});
    w.dataset2d("/data/m", 2, 3, {1, 2, 3, 4, 5, 6}, "cm");
    w.attr("/data", "pi", 3.141592653589793);
    w.attr("/data", "n", 42LL);
    w.create_table("/history", {{"model", "1"}, {"age_yr", "yr"}});
    for (int k = 0; k < 1000; ++k) w.append_row("/history", {double(k), k * 1.0e6 / 7.0});
    w.commit();
  }
  H5Reader r(path);
  EXPECT_EQ(r.doubles("/data/x"), xs);
  EXPECT_EQ(r.ints("/data/i"), is);
  EXPECT_EQ(r.strings("/data/names"), (std::vector<std::string>{"pp", "cno"}));
  EXPECT_EQ(r.shape("/data/m"), (std::vector<std::size_t>{2, 3}));
  EXPECT_EQ(r.attr_double("/data", "pi"), 3.141592653589793);
  EXPECT_EQ(r.attr_int("/data", "n"), 42);
  EXPECT_EQ(r.attr_string("/data/x", "units"), "erg");
  EXPECT_EQ(r.attr_string("/meta", "config"), "a = 1\n");
  EXPECT_EQ(r.attr_string("/meta/data_sources", "opacity_source"), "analytic");
  EXPECT_FALSE(r.attr_string("/meta", "git_revision").empty());
  const auto age = r.doubles("/history/age_yr");
  ASSERT_EQ(age.size(), 1000u);
  EXPECT_EQ(age[999], 999 * 1.0e6 / 7.0);
  EXPECT_EQ(r.attr_string("/history/age_yr", "units"), "yr");
}

TEST(Hdf5, UncommittedWriterLeavesOnlyTheTmpFile) {
  const auto path = scratch("interrupted.h5");
  {
    H5Writer w(path);
    w.dataset("/x", std::vector<double>{1.0});
    EXPECT_TRUE(fs::exists(temporary_path(path)));
    EXPECT_FALSE(fs::exists(path));
  }
  EXPECT_FALSE(fs::exists(path));
  EXPECT_TRUE(fs::exists(temporary_path(path)));
}

TEST(Hdf5, CommitRenames) {
  const auto path = scratch("committed.h5");
  H5Writer w(path);
  w.dataset("/x", std::vector<double>{1.0});
  w.commit();
  EXPECT_TRUE(fs::exists(path));
  EXPECT_FALSE(fs::exists(temporary_path(path)));
}

TEST(Hdf5, JsonSummaryBecomesTypedAttributes) {
  const auto path = scratch("summary.h5");
  Json j = Json::object();
  j.set("Mc_flash_Msun", 0.4712).set("models", 1234).set("stop_reason", "helium_flash");
  j.set("nested", Json::object().set("a", 1.0));
  {
    H5Writer w(path);
    write_json_attrs(w, "/summary", j);
    w.commit();
  }
  H5Reader r(path);
  EXPECT_EQ(r.attr_double("/summary", "Mc_flash_Msun"), 0.4712);
  EXPECT_EQ(r.attr_int("/summary", "models"), 1234);
  EXPECT_EQ(r.attr_string("/summary", "stop_reason"), "helium_flash");
  EXPECT_EQ(r.attr_string("/summary", "nested"), "{\"a\":1}");
}

TEST(Hdf5, MissingFileIsAClearError) {
  EXPECT_THROW(H5Reader("/nonexistent/dir/x.h5"), nuflash::InputError);
}

TEST(Json, NumbersRoundTripAndNonFiniteIsNull) {
  Json j = Json::object();
  j.set("x", 0.1).set("inf", std::numeric_limits<double>::infinity()).set("s", "a\"b");
  EXPECT_EQ(j.dump(0), "{\"x\":0.10000000000000001,\"inf\":null,\"s\":\"a\\\"b\"}");
}
