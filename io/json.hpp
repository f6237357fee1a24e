// A minimal JSON tree for machine-readable summaries (--json). Key order is insertion order.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace nuflash::io {

class Json {
 public:
  using Object = std::vector<std::pair<std::string, Json>>;
  using Array = std::vector<Json>;

  Json() : v_(nullptr) {}
  Json(std::nullptr_t) : v_(nullptr) {}
  Json(bool b) : v_(b) {}
  Json(int i) : v_(static_cast<long long>(i)) {}
  Json(long i) : v_(static_cast<long long>(i)) {}
  Json(long long i) : v_(i) {}
  Json(double d) : v_(d) {}
  Json(const char* s) : v_(std::string(s)) {}
  Json(std::string s) : v_(std::move(s)) {}
  Json(const std::vector<double>& xs);
  static Json object() { Json j; j.v_ = Object{}; return j; }
  static Json array() { Json j; j.v_ = Array{}; return j; }

  // Object: appends (or replaces) a member and returns *this for chaining.
  Json& set(const std::string& key, Json value);
  // Array: appends an element.
  Json& push(Json value);
  // Object member lookup (nullptr if absent or not an object).
  const Json* find(const std::string& key) const;

  bool is_object() const { return std::holds_alternative<Object>(v_); }
  bool is_array() const { return std::holds_alternative<Array>(v_); }
  bool is_number() const { return std::holds_alternative<double>(v_) || std::holds_alternative<long long>(v_); }
  bool is_integer() const { return std::holds_alternative<long long>(v_); }
  bool is_string() const { return std::holds_alternative<std::string>(v_); }
  bool is_bool() const { return std::holds_alternative<bool>(v_); }
  bool boolean() const { return std::get<bool>(v_); }
  long long integer() const { return std::get<long long>(v_); }
  const Object& members() const { return std::get<Object>(v_); }
  double number() const;
  const std::string& string() const { return std::get<std::string>(v_); }
  const Array& elements() const { return std::get<Array>(v_); }

  // Serialises; numbers with 17 significant digits (round-trip exact), non-finite numbers as null.
  std::string dump(int indent = 2) const;

 private:
  void write(std::string& out, int indent, int depth) const;
  std::variant<std::nullptr_t, bool, long long, double, std::string, Array, Object> v_;
};

}  // namespace nuflash::io
