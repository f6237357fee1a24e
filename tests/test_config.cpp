// Typed configuration: defaults, TOML file, command-line overrides and clear errors.
#include <gtest/gtest.h>

#include <limits>

#include "config.hpp"
#include "error.hpp"

using namespace nuflash;
using io::Kind;
using io::Range;

namespace {

std::vector<io::Setting> schema() {
  return {
      {"mass_Msun", Kind::Real, 0.82, "stellar mass [Msun]", "--mass", Range{0.1, 10, true, false}, {}},
      {"max_models", Kind::Int, 20000LL, "model limit", "", Range{1, 1e9}, {}},
      {"mlt", Kind::Bool, true, "convection on", "", {}, {}},
      {"atmosphere", Kind::String, std::string("eddington"), "surface", "", {}, {"eddington", "krishna_swamy"}},
  };
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(Config, DefaultsFileAndOverrides) {
  io::Config c(schema());
  EXPECT_DOUBLE_EQ(c.real("mass_Msun"), 0.82);
  EXPECT_FALSE(c.explicitly_set("mass_Msun"));
  c.load_toml("mass_Msun = 1.0\nmax_models = 5\nmlt = false\natmosphere = \"krishna_swamy\"\n", "test.toml");
  EXPECT_DOUBLE_EQ(c.real("mass_Msun"), 1.0);
  EXPECT_EQ(c.integer("max_models"), 5);
  EXPECT_FALSE(c.boolean("mlt"));
  EXPECT_EQ(c.text("atmosphere"), "krishna_swamy");
  c.set_from_text("mass_Msun", "0.9");
  EXPECT_DOUBLE_EQ(c.real("mass_Msun"), 0.9);
  EXPECT_TRUE(c.explicitly_set("mass_Msun"));
}

TEST(Config, IntegerAcceptedForReal) {
  io::Config c(schema());
  c.load_toml("mass_Msun = 1\n", "t");
  EXPECT_DOUBLE_EQ(c.real("mass_Msun"), 1.0);
}

TEST(Config, ErrorsNameTheKeyAndTheRange) {
  io::Config c(schema());
  EXPECT_EQ(message_of([&] { c.set_from_text("mass_Msun", "-1"); }), "mass_Msun = -1: must be in (0.1, 10]");
  EXPECT_EQ(message_of([&] { c.load_toml("masss = 1\n", "f.toml"); }), "config file 'f.toml': unknown key 'masss'");
  EXPECT_EQ(message_of([&] { c.load_toml("mass_Msun = \"heavy\"\n", "f.toml"); }),
            "mass_Msun = \"heavy\": must be a number");
  EXPECT_EQ(message_of([&] { c.set_from_text("max_models", "1.5"); }), "max_models = 1.5: must be an integer");
  EXPECT_EQ(message_of([&] { c.set_from_text("atmosphere", "grey"); }),
            "atmosphere = \"grey\": must be one of eddington, krishna_swamy");
  EXPECT_NE(message_of([&] { c.load_toml("mass_Msun = \n", "f.toml"); }).find("f.toml' line 1"), std::string::npos);
  EXPECT_EQ(message_of([&] { c.load_toml("[grid]\nx = 1\n", "f.toml"); }), "config file 'f.toml': unknown table [grid]");
  EXPECT_EQ(message_of([&] { c.set_from_text("mass_Msun", "nan"); }), "mass_Msun = nan: must be a number");
}

TEST(Config, EffectiveConfigRoundTrips) {
  io::Config c(schema());
  c.set_from_text("mass_Msun", "1.25");
  io::Config d(schema());
  d.load_toml(c.to_toml(), "roundtrip");
  EXPECT_DOUBLE_EQ(d.real("mass_Msun"), 1.25);
  EXPECT_EQ(d.text("atmosphere"), "eddington");
}
