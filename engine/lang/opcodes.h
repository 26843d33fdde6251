// The opcode enum and per-opcode metadata, generated from opcodes.def.
#pragma once
#include <cstdint>

namespace ls::lang {

enum class Op : uint8_t {
#define OPCODE(name, kind, effect, comment) name,
#include "engine/lang/opcodes.def"
#undef OPCODE
  COUNT
};

enum class OperandKind : uint8_t { none, konst, local, name, cell, jump, count, flag };

// "LOAD_FAST"
const char* op_name(Op op);
OperandKind op_operand_kind(Op op);

}  // namespace ls::lang
