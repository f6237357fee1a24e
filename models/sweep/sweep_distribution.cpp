#include "sweep_distribution.hpp"

#include <omp.h>

#include <sstream>

#ifdef NUFLASH_HAVE_MPI
#include <mpi.h>
#endif

namespace nuflash::app {
namespace {

void run_single_rank(const std::vector<std::size_t>& todo, int threads, const PointFunction& run,
                     const LineSink& sink) {
  const long n = static_cast<long>(todo.size());
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
  for (long k = 0; k < n; ++k) {
    const std::string line = run(todo[static_cast<std::size_t>(k)]);
#pragma omp critical(nuflash_sweep_sink)
    sink(line);
  }
}

#ifdef NUFLASH_HAVE_MPI
// Runs a batch with OpenMP threads; results keep the batch order.
std::vector<std::string> run_batch(const std::vector<std::size_t>& batch, int threads, const PointFunction& run) {
  std::vector<std::string> lines(batch.size());
  const long n = static_cast<long>(batch.size());
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
  for (long k = 0; k < n; ++k) lines[static_cast<std::size_t>(k)] = run(batch[static_cast<std::size_t>(k)]);
  return lines;
}

constexpr int kTag = 7301;

void send_text(const std::string& s, int dest) {
  MPI_Send(s.data(), static_cast<int>(s.size()), MPI_CHAR, dest, kTag, MPI_COMM_WORLD);
}

std::string recv_text(int source, int* from) {
  MPI_Status st;
  MPI_Probe(source, kTag, MPI_COMM_WORLD, &st);
  int count = 0;
  MPI_Get_count(&st, MPI_CHAR, &count);
  std::string s(static_cast<std::size_t>(count), '\0');
  MPI_Recv(s.data(), count, MPI_CHAR, st.MPI_SOURCE, kTag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  if (from) *from = st.MPI_SOURCE;
  return s;
}

// Worker message: first line = number of points wanted, then one journal line per finished point.
// Coordinator reply: the indices of the next batch, space separated (empty: stop).
void coordinate(int workers, const std::vector<std::size_t>& todo, const LineSink& sink) {
  std::size_t next = 0;
  int active = workers;
  while (active > 0) {
    int from = 0;
    std::istringstream msg(recv_text(MPI_ANY_SOURCE, &from));
    std::size_t wanted = 1;
    msg >> wanted;
    std::string line;
    std::getline(msg, line);
    while (std::getline(msg, line)) {
      if (!line.empty()) sink(line);
    }
    std::ostringstream batch;
    for (std::size_t k = 0; k < wanted && next < todo.size(); ++k) batch << todo[next++] << ' ';
    if (batch.str().empty()) --active;
    send_text(batch.str(), from);
  }
}

void work(int threads, const PointFunction& run) {
  std::string results;
  for (;;) {
    send_text(std::to_string(threads) + "\n" + results, 0);
    std::istringstream reply(recv_text(0, nullptr));
    std::vector<std::size_t> batch;
    std::size_t i = 0;
    while (reply >> i) batch.push_back(i);
    if (batch.empty()) return;
    results.clear();
    for (const auto& line : run_batch(batch, threads, run)) results += line + "\n";
  }
}
#endif

}  // namespace

MpiSession::MpiSession() {
#ifdef NUFLASH_HAVE_MPI
  int initialised = 0;
  MPI_Initialized(&initialised);
  if (!initialised) {
    int provided = 0;
    MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
    owns_ = true;
  }
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
#endif
}

MpiSession::~MpiSession() {
#ifdef NUFLASH_HAVE_MPI
  if (owns_) MPI_Finalize();
#endif
}

void distribute(const MpiSession& mpi, const std::vector<std::size_t>& todo, int threads, const PointFunction& run,
                const LineSink& sink) {
  if (threads <= 0) threads = omp_get_max_threads();
  if (mpi.size() == 1) {
    run_single_rank(todo, threads, run, sink);
    return;
  }
#ifdef NUFLASH_HAVE_MPI
  if (mpi.rank() == 0) {
    coordinate(mpi.size() - 1, todo, sink);
  } else {
    work(threads, run);
  }
#endif
}

}  // namespace nuflash::app
