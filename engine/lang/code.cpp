// Code objects: the source registry used by tracebacks, and the disassembler behind `loopscope dis`.
#include "engine/lang/code.h"

#include <cstdio>
#include <unordered_map>

#include "engine/lang/protocol.h"
#include "engine/lang/str_object.h"

namespace ls::lang {

static std::unordered_map<std::string, std::vector<std::string>>& sources() {
  static auto* m = new std::unordered_map<std::string, std::vector<std::string>>();
  return *m;
}

void register_source(const std::string& filename, const std::string& source) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos <= source.size()) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string::npos) {
      lines.push_back(source.substr(pos));
      break;
    }
    lines.push_back(source.substr(pos, nl - pos));
    pos = nl + 1;
  }
  sources()[filename] = std::move(lines);
}

std::string source_line(const std::string& filename, int line) {
  auto it = sources().find(filename);
  if (it == sources().end() || line < 1 || size_t(line) > it->second.size()) return "";
  const std::string& s = it->second[size_t(line - 1)];
  size_t b = s.find_first_not_of(" \t\r\f\v");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\f\v");
  return s.substr(b, e - b + 1);
}

static void disassemble_into(const CodeObject* code, std::string& out) {
  out += "Disassembly of <code object " + code->m_name + ", file \"" + code->m_filename + "\", line " +
         std::to_string(code->m_firstlineno) + ">:\n";
  int last_line = -1;
  for (size_t i = 0; i < code->m_code.size(); ++i) {
    const Instr& in = code->m_code[i];
    int line = code->m_lines[i];
    char buf[64];
    if (line != last_line) std::snprintf(buf, sizeof buf, "%4d %6zu ", line, i);
    else std::snprintf(buf, sizeof buf, "     %6zu ", i);
    last_line = line;
    out += buf;
    std::snprintf(buf, sizeof buf, "%-22s", op_name(in.op));
    out += buf;
    std::string detail;
    switch (op_operand_kind(in.op)) {
      case OperandKind::none: break;
      case OperandKind::konst: {
        const Value& c = code->m_consts[in.arg];
        detail = " (" + (c.is_obj() && c.obj()->m_type == g_code_type
                             ? std::string("<code ") + c.as<CodeObject>()->m_name + ">"
                             : repr_string(c)) + ")";
        break;
      }
      case OperandKind::local:
        if (in.arg < code->m_varnames.size()) detail = " (" + code->m_varnames[in.arg] + ")";
        break;
      case OperandKind::name:
        if (in.arg < code->m_names.size()) detail = " (" + std::string(code->m_names[in.arg]->view()) + ")";
        break;
      case OperandKind::cell: {
        size_t nc = code->m_cellvars.size();
        if (in.arg < nc) detail = " (" + code->m_cellvars[in.arg] + ")";
        else if (in.arg - nc < code->m_freevars.size()) detail = " (" + code->m_freevars[in.arg - nc] + ")";
        break;
      }
      case OperandKind::jump:
        detail = " (to " + std::to_string(in.arg) + ")";
        if (in.op == Op::COMPARE_JUMP_IF_FALSE) detail += " compare " + std::to_string(in.aux);
        break;
      default: break;
    }
    if (op_operand_kind(in.op) != OperandKind::none) out += std::to_string(in.arg);
    out += detail;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += "\n";
  }
  for (const Value& c : code->m_consts) {
    if (c.is_obj() && c.obj()->m_type == g_code_type) {
      out += "\n";
      disassemble_into(c.as<CodeObject>(), out);
    }
  }
}

std::string disassemble(const CodeObject* code) {
  std::string out;
  disassemble_into(code, out);
  return out;
}

}  // namespace ls::lang
