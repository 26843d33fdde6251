// Opcode names and operand kinds for the disassembler, from opcodes.def.
#include "engine/lang/opcodes.h"

namespace ls::lang {

namespace {
constexpr OperandKind none = OperandKind::none, konst = OperandKind::konst, local = OperandKind::local,
                      name = OperandKind::name, cell = OperandKind::cell, jump = OperandKind::jump,
                      count = OperandKind::count, flag = OperandKind::flag;
const char* const kNames[] = {
#define OPCODE(n, kind, effect, comment) #n,
#include "engine/lang/opcodes.def"
#undef OPCODE
};
const OperandKind kKinds[] = {
#define OPCODE(n, kind, effect, comment) kind,
#include "engine/lang/opcodes.def"
#undef OPCODE
};
}  // namespace

const char* op_name(Op op) { return kNames[int(op)]; }
OperandKind op_operand_kind(Op op) { return kKinds[int(op)]; }

}  // namespace ls::lang
