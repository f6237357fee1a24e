#include "evolution_settings.hpp"

#include <cmath>
#include <sstream>

#include "error.hpp"

namespace nuflash::stellar {
namespace {

void require(bool ok, const char* name, double v, const char* range) {
  if (ok) return;
  std::ostringstream os;
  os << name << " = " << v << ": " << range;
  throw InputError(os.str());
}

void positive(const char* name, double v) { require(std::isfinite(v) && v > 0.0, name, v, "must be finite and > 0"); }

}  // namespace

void EvolutionSettings::scale_resolution(double f) {
  require(std::isfinite(f) && f > 0.0, "resolution", f, "must be finite and > 0");
  for (double* x : {&mesh.max_dlnP, &mesh.max_dlnP_deep, &mesh.max_dlnT, &mesh.max_dX, &mesh.max_dL, &mesh.max_dq, &mesh.max_dq_centre,
                    &mesh.max_surface_dtau, &timestep.max_dlnT, &timestep.max_dlnrho, &timestep.max_dX,
                    &timestep.max_dlogX_centre, &timestep.max_dlogL, &timestep.max_dlogL_He, &timestep.lte_tol})
    *x /= f;
}

Composition EvolutionSettings::initial_composition() const { return composition_from_XZ(1.0 - Y - Z, Z); }

void EvolutionSettings::validate() const {
  require(mass_Msun >= 0.1 && mass_Msun <= 3.0, "mass_Msun", mass_Msun, "allowed range is [0.1, 3] (low-mass stars)");
  require(Y >= 0.0 && Y <= 0.6, "Y", Y, "allowed range is [0, 0.6]");
  require(Z >= 0.0 && Z <= 0.1, "Z", Z, "allowed range is [0, 0.1]");
  require(structure.alpha_mlt >= 0.0 && structure.alpha_mlt <= 5.0, "alpha_mlt", structure.alpha_mlt,
          "allowed range is [0, 5]");
  require(eta_reimers >= 0.0 && eta_reimers <= 2.0, "eta_reimers", eta_reimers, "allowed range is [0, 2]");
  require(newton.max_iterations >= 2 && newton.max_iterations <= 200, "newton.max_iterations", newton.max_iterations,
          "allowed range is [2, 200]");
  positive("newton.residual_tol", newton.residual_tol);
  positive("step_residual_tol", step_residual_tol);
  positive("newton.max_log_change", newton.max_log_change);
  for (auto [name, v] : {std::pair{"mesh.max_dlnP", mesh.max_dlnP}, {"mesh.max_dlnP_deep", mesh.max_dlnP_deep},
                         {"mesh.outer_T_K", mesh.outer_T_K}, {"mesh.max_dlnT", mesh.max_dlnT},
                         {"mesh.max_dX", mesh.max_dX}, {"mesh.max_dL", mesh.max_dL}, {"mesh.max_dq", mesh.max_dq},
                         {"mesh.max_dq_centre", mesh.max_dq_centre}, {"mesh.min_dq", mesh.min_dq},
                         {"mesh.min_dq_composition", mesh.min_dq_composition},
                         {"mesh.max_surface_dtau", mesh.max_surface_dtau}})
    positive(name, v);
  require(mesh.max_mass_ratio >= 2.5, "mesh.max_mass_ratio", mesh.max_mass_ratio, "must be >= 2.5");
  require(mesh.merge_fraction > 0.0 && mesh.merge_fraction <= 0.8, "mesh.merge_fraction", mesh.merge_fraction,
          "allowed range is (0, 0.8]");
  require(mesh.max_cells >= 50, "mesh.max_cells", mesh.max_cells, "must be >= 50");
  for (auto [name, v] : {std::pair{"timestep.dt_initial_yr", timestep.dt_initial_yr},
                         {"timestep.dt_max_yr", timestep.dt_max_yr}, {"timestep.dt_min_yr", timestep.dt_min_yr},
                         {"timestep.max_dlnT", timestep.max_dlnT}, {"timestep.max_dlnrho", timestep.max_dlnrho},
                         {"timestep.max_dX", timestep.max_dX}, {"timestep.max_dlogX_centre", timestep.max_dlogX_centre},
                         {"timestep.max_dlogL", timestep.max_dlogL},
                         {"timestep.max_dlogL_He", timestep.max_dlogL_He}, {"timestep.lte_tol", timestep.lte_tol}})
    positive(name, v);
  require(timestep.max_growth > 1.0 && timestep.max_growth <= 10.0, "timestep.max_growth", timestep.max_growth,
          "allowed range is (1, 10]");
  require(timestep.reject_factor > 1.0, "timestep.reject_factor", timestep.reject_factor, "must be > 1");
  require(timestep.max_retries >= 0, "timestep.max_retries", timestep.max_retries, "must be >= 0");
  positive("stop.max_age_yr", stop.max_age_yr);
  require(stop.max_models >= 1, "stop.max_models", static_cast<double>(stop.max_models), "must be >= 1");
  positive("stop.flash_L_He_Lsun", stop.flash_L_He_Lsun);
  require(stop.flash_confirm_models >= 1, "stop.flash_confirm_models", stop.flash_confirm_models, "must be >= 1");
  require(burn_min_energy >= 0.0, "burn_min_energy", burn_min_energy, "must be >= 0 [erg/g]");
  require(burn_energy_tolerance > 0.0, "burn_energy_tolerance", burn_energy_tolerance, "must be > 0");
  require(core_X_H > 0.0 && core_X_H < 0.5, "core_X_H", core_X_H, "allowed range is (0, 0.5)");
}

}  // namespace nuflash::stellar
