// The published-limits database (models/lab/published_limits.toml embedded in the binary): content
// checks against the papers' abstracts and schema validation (a bad file gives one clear line).
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "error.hpp"
#include "lab/published_limits.hpp"

using namespace nuflash::lab;

namespace {
const PublishedLimit& find(const std::vector<PublishedLimit>& v, const std::string& name) {
  for (const auto& p : v)
    if (p.experiment == name) return p;
  throw std::runtime_error("no entry " + name);
}

std::string message_of(const std::string& toml) {
  try {
    parse_published_limits(toml, "test.toml");
  } catch (const nuflash::InputError& e) {
    return e.what();
  }
  return "";
}

const char* kGood = R"toml(
[[limit]]
experiment = "X"
flavor = "nuebar"
method = "reactor"
category = "laboratory"
limit_muB = 1e-11
cl = 0.9
year = 2020
journal = "J. 1, 1 (2020)"
arxiv = "none"
)toml";
}  // namespace

TEST(PublishedLimits, BuiltinDatabaseContent) {
  const auto db = builtin_published_limits();
  // every experiment the issue lists is present (issue 7 §5)
  for (const char* name : {"Krasnoyarsk", "Rovno", "MUNU", "TEXONO", "GEMMA", "LAMPF (nue)", "LAMPF (numu)", "BNL-E734",
                           "LSND", "DONUT", "Super-Kamiokande", "Borexino 2008", "Borexino 2017", "XENONnT", "LZ",
                           "CONUS", "CONUS/CONUS+", "Red giants (Raffelt 1990)", "Red giants (Viaux et al. 2013)",
                           "Red giants (Capozzi & Raffelt 2020)", "SN 1987A (Barbieri & Mohapatra 1988)"})
    EXPECT_NO_THROW(find(db, name)) << name;
  // abstracts: XENONnT 6.3e-12 at 90 % (PRL 129, 161805); Borexino 2.8e-11 at 90 % (PRD 96, 091103);
  // LSND 6.8e-10 (PRD 63, 112001); GEMMA 2.9e-11 (PPNL 10, 139)
  EXPECT_DOUBLE_EQ(find(db, "XENONnT").limit_muB, 6.3e-12);
  EXPECT_DOUBLE_EQ(find(db, "XENONnT").cl, 0.90);
  EXPECT_DOUBLE_EQ(find(db, "Borexino 2017").limit_muB, 2.8e-11);
  EXPECT_EQ(find(db, "Borexino 2017").arxiv, "1707.09355");
  EXPECT_DOUBLE_EQ(find(db, "LSND").limit_muB, 6.8e-10);
  EXPECT_DOUBLE_EQ(find(db, "GEMMA").limit_muB, 2.9e-11);
  EXPECT_EQ(find(db, "Red giants (Capozzi & Raffelt 2020)").category, "astrophysical");
}

TEST(PublishedLimits, GoodFileParses) {
  const auto v = parse_published_limits(kGood, "test.toml");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].year, 2020);
  EXPECT_TRUE(v[0].note.empty());
}

TEST(PublishedLimits, SchemaErrorsNameEntryAndField) {
  std::string bad = kGood;
  EXPECT_EQ(message_of(std::string(kGood).replace(bad.find("cl = 0.9"), 8, "cl = 90")),
            "published limits test.toml: entry 1 (\"X\"): field 'cl' = 90.000000 must be a fraction in (0, 1)");
  EXPECT_EQ(message_of(std::string(kGood).replace(bad.find("year = 2020"), 11, "")),
            "published limits test.toml: entry 1 (\"X\"): field 'year' is missing");
  EXPECT_EQ(message_of(std::string(kGood).replace(bad.find("\"nuebar\""), 8, "\"sterile\"")),
            "published limits test.toml: entry 1 (\"X\"): field 'flavor' = \"sterile\" must be one of: nue, nuebar, "
            "numu, numubar, nutau, solar-effective, all");
  EXPECT_EQ(message_of(std::string(kGood).replace(bad.find("limit_muB = 1e-11"), 17, "limit_muB = \"small\"")),
            "published limits test.toml: entry 1 (\"X\"): field 'limit_muB' must be a number");
  EXPECT_EQ(message_of(std::string(kGood) + "color = \"red\"\n"),
            "published limits test.toml: entry 1 (\"X\"): field 'color' is not a known field");
  std::string second = kGood;
  second.replace(second.find("year = 2020"), 11, "year = 1800");
  EXPECT_EQ(message_of(std::string(kGood) + second),
            "published limits test.toml: entry 2 (\"X\"): field 'year' = 1800 must be in 1950..2100");
  EXPECT_NE(message_of("[[limit]\n").find("TOML syntax error at line 1"), std::string::npos);
  EXPECT_EQ(message_of("title = \"x\"\n"),
            "published limits test.toml: unknown top-level key 'title' (expected [[limit]] entries)");
  // one line
  EXPECT_EQ(message_of(std::string(kGood).replace(bad.find("year = 2020"), 11, "")).find('\n'), std::string::npos);
}

TEST(PublishedLimits, UserFile) {
  const std::string path = std::string(NUFLASH_BINARY_DIR) + "/test_user_limits.toml";
  {
    std::ofstream out(path);
    out << kGood;
  }
  EXPECT_EQ(load_published_limits(path).size(), 1u);
  EXPECT_THROW(load_published_limits(path + ".missing"), nuflash::InputError);
}

TEST(PublishedLimits, CombinedTable) {
  Reanalysis r{"GEMMA", "nuebar", "reactor", "ref", 2013, 2.9e-11, 0.9, 3.9e-11, 4.2e-11};
  const auto rows = limits_table(builtin_published_limits(), {r});
  ASSERT_EQ(rows.size(), builtin_published_limits().size() + 1);
  EXPECT_EQ(rows.back().kind, "reanalysis");
  EXPECT_DOUBLE_EQ(rows.back().published_limit_muB, 2.9e-11);
  EXPECT_EQ(rows.front().kind, "published");
  EXPECT_NE(rows.front().reference.find("JETP Lett."), std::string::npos);
}
