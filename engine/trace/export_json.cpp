// JSON Lines export of a recording (schema in docs/trace.md).
#include <charconv>
#include <cmath>
#include <ostream>

#include "engine/trace/explain.h"
#include "engine/trace/export.h"
#include "engine/trace/snapshot.h"

namespace ls::trace {

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          static const char hex[] = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += char(c);
        }
    }
  }
  out += '"';
}

void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

std::string ref_text(Ref r) {
  static constexpr std::string_view kinds[] = {"", "task:", "future:", "handle:", "prim:", "?:", "?:", "?:"};
  if (!r) return "";
  return std::string(kinds[int(ref_kind(r))]) + std::to_string(ref_index(r));
}

namespace {

void append_field(std::string& line, const Recording& rec, FieldType type, std::string_view name, std::uint64_t raw,
                  const Event& e) {
  if (type == FieldType::None) return;
  line += ',';
  append_json_string(line, name);
  line += ':';
  switch (type) {
    case FieldType::None: break;
    case FieldType::Ref:
      if (raw)
        append_json_string(line, ref_text(Ref(raw)));
      else
        line += "null";
      break;
    case FieldType::Str: append_json_string(line, rec.str(StrId(raw))); break;
    case FieldType::Int: line += std::to_string(raw); break;
    case FieldType::Time: append_number(line, e.time()); break;
    case FieldType::SInt: line += std::to_string(std::int64_t(raw)); break;
  }
}

}  // namespace

void write_json_lines(const Recording& rec, std::ostream& out) {
  std::string line = "{\"format\":\"loopscope-trace\",\"version\":1,\"program\":";
  append_json_string(line, rec.m_program);
  line += ",\"max_time\":";
  append_number(line, rec.m_max_time);
  line += ",\"events\":" + std::to_string(rec.size()) + "}\n";
  out << line;
  Snapshot s;
  for (std::size_t i = 0; i < rec.size(); ++i) {
    const Event& e = rec[i];
    const KindInfo& k = kind_info(e.m_kind);
    std::string text = explain(e, s, rec);
    s.apply(e);
    line = "{\"i\":" + std::to_string(i) + ",\"t\":";
    append_number(line, s.m_clock);
    line += ",\"kind\":";
    append_json_string(line, k.json);
    std::uint64_t raw[4] = {e.m_a, e.m_b, e.m_c, e.m_d};
    for (int f = 0; f < 4; ++f) append_field(line, rec, k.type[f], k.name[f], raw[f], e);
    if (k.flag_type != FlagType::None) {
      line += ',';
      append_json_string(line, k.flag_name);
      line += ':';
      if (k.flag_type == FlagType::Bool)
        line += e.m_flag ? "true" : "false";
      else
        append_json_string(line, flag_text(k.flag_type, e.m_flag));
    }
    line += ",\"explain\":";
    append_json_string(line, text);
    line += "}\n";
    out << line;
  }
}

}  // namespace ls::trace
