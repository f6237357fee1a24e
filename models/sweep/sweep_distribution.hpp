// Hands grid points to workers: OpenMP threads on one node, MPI ranks across nodes.
// With one rank every thread pulls the next point (dynamic schedule). With N > 1 ranks, rank 0
// coordinates: each worker rank asks for as many points as it has threads, runs them with OpenMP and
// sends back their journal lines with its next request, until no points are left.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace nuflash::app {

// Runs one point and returns its journal line; must not throw.
using PointFunction = std::function<std::string(std::size_t index)>;
// Receives each finished point's journal line, one at a time, on rank 0 only.
using LineSink = std::function<void(const std::string& line)>;

// MPI for the duration of a sweep: initialises MPI if this build has it and nobody did yet, and
// finalises it on destruction. rank() == 0 and size() == 1 without MPI.
class MpiSession {
 public:
  MpiSession();
  ~MpiSession();
  MpiSession(const MpiSession&) = delete;
  MpiSession& operator=(const MpiSession&) = delete;
  int rank() const { return rank_; }
  int size() const { return size_; }

 private:
  int rank_ = 0;
  int size_ = 1;
  bool owns_ = false;
};

// Runs every index of `todo` (meaningful on rank 0; other ranks pass an empty list).
void distribute(const MpiSession& mpi, const std::vector<std::size_t>& todo, int threads, const PointFunction& run,
                const LineSink& sink);

}  // namespace nuflash::app
