// Internal to the parser: decoding of number and string literal text into values.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/lang/ast.h"

namespace ls::lang::detail {

// Decodes the text between the quotes of a string literal. "raw": r-prefix (no escapes);
// "bytes": b-prefix (\u, \U, \N are not escapes; non-ASCII is an error). Appends to "out".
// On error returns false and sets "error" to CPython's message. Unknown escapes are kept
// verbatim and reported in "bad_escapes" (e.g. "\\d") for the SyntaxWarning.
bool decode_string_body(std::string_view body, bool raw, bool bytes, std::string& out, std::string& error,
                        std::vector<std::string>& bad_escapes);

// Fills "c" (Int or BigInt) from an int literal's text ("0x_ff", "1_000", "0b101").
void parse_int_literal(std::string_view text, ast::Constant& c);

// Converts a float literal's text ("1_000.5", "1e-3", ".5") to a double (correctly rounded).
double parse_float_literal(std::string_view text);

}  // namespace ls::lang::detail
