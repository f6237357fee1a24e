#include "rgb_output.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "composition.hpp"
#include "error.hpp"

namespace nuflash::rgb {
namespace {

using Field = std::pair<io::Column, double stellar::HistoryRecord::*>;

const std::vector<Field>& history_fields() {
  using H = stellar::HistoryRecord;
  static const std::vector<Field> fields{
      {{"age_yr", "yr"}, &H::age_yr},
      {{"dt_yr", "yr"}, &H::dt_yr},
      {{"mass_Msun", "Msun"}, &H::mass_Msun},
      {{"Mc_He_Msun", "Msun"}, &H::Mc_He_Msun},
      {{"log_L", "log10(L/Lsun)"}, &H::log_L},
      {{"log_Teff", "log10(K)"}, &H::log_Teff},
      {{"log_R", "log10(R/Rsun)"}, &H::log_R},
      {{"log_g", "log10(cm s^-2)"}, &H::log_g},
      {{"L_H", "Lsun"}, &H::L_H},
      {{"L_He", "Lsun"}, &H::L_He},
      {{"L_nu", "Lsun"}, &H::L_nu},
      {{"L_nu_mu", "Lsun"}, &H::L_nu_mu},
      {{"log_Tc", "log10(K)"}, &H::log_Tc},
      {{"log_rhoc", "log10(g cm^-3)"}, &H::log_rhoc},
      {{"log_Pc", "log10(erg cm^-3)"}, &H::log_Pc},
      {{"log_Tmax", "log10(K)"}, &H::log_Tmax},
      {{"m_Tmax", "Msun"}, &H::m_Tmax},
      {{"X_c", "1"}, &H::X_c},
      {{"Y_c", "1"}, &H::Y_c},
      {{"X_surf", "1"}, &H::X_surf},
      {{"Y_surf", "1"}, &H::Y_surf},
      {{"C12_surf", "1"}, &H::C12_surf},
      {{"N14_surf", "1"}, &H::N14_surf},
      {{"E_nuclear_erg", "erg"}, &H::E_nuclear_erg},
      {{"energy_error", "1"}, &H::energy_error},
      {{"eps_factor_min", "1"}, &H::eps_factor_min},
      {{"eps_factor_max", "1"}, &H::eps_factor_max},
  };
  return fields;
}

}  // namespace

void create_history_table(io::H5Writer& w, const std::string& prefix) {
  std::vector<io::Column> cols{{"model", "1"}};
  for (const auto& f : history_fields()) cols.push_back(f.first);
  cols.push_back({"zones", "1"});
  cols.push_back({"newton_iterations", "1"});
  cols.push_back({"retries", "1"});
  w.create_table(prefix + "/history", cols);
}

void append_history(io::H5Writer& w, const std::string& prefix, const stellar::HistoryRecord& h) {
  std::vector<double> row{static_cast<double>(h.model)};
  for (const auto& f : history_fields()) row.push_back(h.*(f.second));
  row.push_back(h.zones);
  row.push_back(h.newton_iterations);
  row.push_back(h.retries);
  w.append_row(prefix + "/history", row);
}

void write_profile(io::H5Writer& w, const std::string& prefix, const stellar::Profile& p) {
  const std::string g = prefix + "/profiles/" + std::to_string(p.model);
  w.group(g);
  w.attr(g, "model", static_cast<long long>(p.model));
  w.attr(g, "age_yr", p.age_yr);
  w.dataset(g + "/m_Msun", p.m_Msun, "Msun");
  w.dataset(g + "/r_cm", p.r_cm, "cm");
  w.dataset(g + "/L_Lsun", p.L_Lsun, "Lsun");
  w.dataset(g + "/dm_Msun", p.dm_Msun, "Msun");
  w.dataset(g + "/P", p.P, "erg cm^-3");
  w.dataset(g + "/rho", p.rho, "g cm^-3");
  w.dataset(g + "/T", p.T, "K");
  w.dataset(g + "/eps_nuc", p.eps_nuc, "erg g^-1 s^-1");
  w.dataset(g + "/eps_nu", p.eps_nu, "erg g^-1 s^-1");
  w.dataset(g + "/eps_nu_mu", p.eps_nu_mu, "erg g^-1 s^-1");
  w.dataset(g + "/kappa", p.kappa, "cm^2 g^-1");
  w.dataset(g + "/grad_ad", p.grad_ad, "1");
  w.dataset(g + "/grad_rad", p.grad_rad, "1");
  w.dataset(g + "/grad", p.grad, "1");
  w.dataset(g + "/convective", std::vector<long long>(p.convective.begin(), p.convective.end()));
  std::vector<double> X;
  X.reserve(p.X.size() * kNumSpecies);
  for (const auto& x : p.X) X.insert(X.end(), x.begin(), x.end());
  w.dataset2d(g + "/X", p.X.size(), kNumSpecies, X, "1");
  std::string names;
  for (const auto& nuc : nuclides()) {
    if (!names.empty()) names.push_back(',');
    names.append(nuc.name);
  }
  w.attr(g + "/X", "species", names);
}

void write_checkpoint(const std::string& path, const stellar::Checkpoint& cp, const std::string& identity) {
  io::H5Writer w(path);
  w.group("/checkpoint");
  w.attr("/checkpoint", "identity", identity);
  w.attr("/checkpoint", "stop_message", cp.stop_message);
  for (const auto& [name, v] : cp.arrays) w.dataset("/checkpoint/arrays/" + name, v);
  for (const auto& [name, v] : cp.reals) w.dataset("/checkpoint/reals/" + name, std::vector<double>{v});
  for (const auto& [name, v] : cp.integers)
    w.dataset("/checkpoint/integers/" + name, std::vector<long long>{static_cast<long long>(v)});
  w.commit();
}

stellar::Checkpoint read_checkpoint(const std::string& path, const std::string& identity) {
  io::H5Reader r(path);
  if (!r.exists("/checkpoint")) throw InputError("checkpoint " + path + ": no /checkpoint group");
  const std::string found = r.attr_string("/checkpoint", "identity");
  if (found != identity)
    throw InputError("checkpoint " + path + " belongs to a different star (" + found + "; this run: " + identity + ")");
  stellar::Checkpoint cp;
  cp.stop_message = r.attr_string("/checkpoint", "stop_message");
  for (const auto& name : r.members("/checkpoint/arrays")) cp.arrays.emplace_back(name, r.doubles("/checkpoint/arrays/" + name));
  for (const auto& name : r.members("/checkpoint/reals")) {
    const auto v = r.doubles("/checkpoint/reals/" + name);
    if (v.size() != 1) throw InputError("checkpoint " + path + ": reals/" + name + " is not a scalar");
    cp.reals.emplace_back(name, v[0]);
  }
  for (const auto& name : r.members("/checkpoint/integers")) {
    const auto v = r.ints("/checkpoint/integers/" + name);
    if (v.size() != 1) throw InputError("checkpoint " + path + ": integers/" + name + " is not a scalar");
    cp.integers.emplace_back(name, static_cast<long>(v[0]));
  }
  return cp;
}

}  // namespace nuflash::rgb
