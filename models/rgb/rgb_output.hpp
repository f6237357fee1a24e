// HDF5 layout of a stellar track (DESIGN.md §6): the history table, profiles, and checkpoints.
#pragma once

#include <string>

#include "checkpoint.hpp"
#include "hdf5_file.hpp"
#include "stellar_history.hpp"

namespace nuflash::rgb {

// <prefix>/history: one row per model, every column with its unit.
void create_history_table(io::H5Writer& w, const std::string& prefix);
void append_history(io::H5Writer& w, const std::string& prefix, const stellar::HistoryRecord& h);

// <prefix>/profiles/<model>: per-zone arrays (cell quantities at the cells, r, L, m and gradients at the outer
// faces), the mass fractions as a zones x species dataset, attributes model and age_yr.
void write_profile(io::H5Writer& w, const std::string& prefix, const stellar::Profile& p);

// A checkpoint file: /checkpoint/arrays/<name>, /checkpoint/reals/<name>, /checkpoint/integers/<name>,
// attribute stop_message, and the identifying attributes given (mass, composition, mu12) as a key=value text.
void write_checkpoint(const std::string& path, const stellar::Checkpoint& cp, const std::string& identity);
// Reads it back; throws InputError if the file is not a checkpoint or its identity differs.
stellar::Checkpoint read_checkpoint(const std::string& path, const std::string& identity);

}  // namespace nuflash::rgb
