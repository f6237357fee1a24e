// Bicubic Hermite interpolation of a function tabulated on a rectilinear grid that may have holes.
//
// Node slopes come from three-point differences on the (non-uniform) grid, one-sided next to an edge or a
// hole, so each node carries (f, df/dx, df/dy, d2f/dxdy) shared by the four cells around it: the
// interpolant reproduces the node values exactly and has continuous first derivatives everywhere it is
// defined. A node is `trusted` (an original table entry), `filled` (extrapolated from its neighbours when
// the grid is built, a documented one-node step) or a `hole` (no value). Cells with a hole corner cannot
// be evaluated. The *trust* of a point is the Hermite interpolation, with zero node slopes, of 1 at trusted
// and 0 at filled nodes: it is 1 inside the original data, falls smoothly to 0 across the filled border
// and is C1, so callers can blend to another source there without a jump.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace nuflash {

// A strictly increasing grid axis with a fast cell search.
struct GridAxis {
  std::vector<double> v;
  int size() const { return static_cast<int>(v.size()); }
  // Index i of the cell [v[i], v[i+1]] holding x, or -1 when x is outside [v.front(), v.back()].
  int cell(double x) const;
};

enum class NodeKind : std::int8_t { hole = -1, filled = 0, trusted = 1 };

struct HermiteNode {
  double f = 0, fx = 0, fy = 0, fxy = 0;
  double trust = 0;  // 1 for a trusted node, 0 otherwise; f is NaN at a hole
};

// One tabulated function on (x, y). Nodes are stored row by row: index i * ny + j for (x[i], y[j]).
struct HermiteTable {
  std::vector<HermiteNode> node;
  std::vector<NodeKind> kind;
};

// Builds a table from raw values (NaN marks a hole; size nx * ny). Holes next to data (in the 8-neighbourhood
// of a trusted node) are filled by linear extrapolation over one grid step, along y if possible, else along
// x (three passes, the later ones extrapolating from filled nodes too, so that staircase edges close); trusted nodes that still touch a cell with a hole corner are demoted to `filled` so that the trust
// reaches 0 before any unusable cell. Then the node slopes are computed.
HermiteTable make_hermite_table(const GridAxis& x, const GridAxis& y, std::vector<double> values);

// Location of a point in a grid cell, shared by all tables on the same axes.
struct CellPoint {
  int i = -1, j = -1;      // cell (x[i], x[i+1]) x (y[j], y[j+1]); -1 when outside
  double t = 0, u = 0;     // fractional position in the cell
  double hx = 1, hy = 1;   // cell widths
  bool inside() const { return i >= 0 && j >= 0; }
};

CellPoint locate(const GridAxis& x, const GridAxis& y, double xv, double yv);

// The corner data of one cell, possibly a weighted sum over several tables (interpolation in
// composition is linear in the tables, so it can be done on the corner data before the patch is evaluated).
struct CellPatch {
  HermiteNode c[4];                // corners (i,j), (i,j+1), (i+1,j), (i+1,j+1)
  double trust[4] = {1, 1, 1, 1};  // minimum node trust over the added tables
  bool hole() const;               // some added table has a hole corner (a NaN value)
};

// Adds w times the cell corners of `table` to `patch`.
void accumulate(CellPatch& patch, const HermiteTable& table, int ny, const CellPoint& p, double w);

// Value and first derivatives of an interpolated quantity.
struct Value2D {
  double f = 0, fx = 0, fy = 0, fxy = 0;
};

Value2D evaluate(const CellPatch& patch, const CellPoint& p);
Value2D evaluate_trust(const CellPatch& patch, const CellPoint& p);

// Overlapping-quadratic interpolation weights: in [x_k, x_{k+1}] the interpolant is (1-s) Q_{k-1,k,k+1} +
// s Q_{k,k+1,k+2} with s the fractional position and Q the Lagrange quadratic through the named nodes
// (only one quadratic in the end intervals, a straight line if there are only two nodes). It reproduces the
// node values and has a continuous first derivative. Outside the nodes the end quadratic is extrapolated.
// Writes the first node index to `first` and up to four weights to w; returns the number of weights.
int overlap_quadratic_weights(std::span<const double> nodes, double x, int& first, double w[4]);

// The same on fixed nodes, with the divisions done once.
struct QuadraticAxis {
  std::vector<double> x;
  std::vector<double> inv_h;                 // 1 / (x[k+1] - x[k])
  std::vector<std::array<double, 3>> inv_q;  // Lagrange denominators of the quadratic through x[k..k+2]
  QuadraticAxis() = default;
  explicit QuadraticAxis(std::vector<double> nodes);
  int weights(double v, int& first, double w[4]) const;
};

}  // namespace nuflash
