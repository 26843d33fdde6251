// Character classes and case mapping of code points, as str methods need them (ASCII fast, others via C.UTF-8).
#pragma once
#include <cstdint>
#include <string>

namespace ls::lang::bi {

bool cp_isspace(uint32_t c);      // str.isspace / split() whitespace
bool cp_islinebreak(uint32_t c);  // str.splitlines boundaries
bool cp_isalpha(uint32_t c);
bool cp_isdigit(uint32_t c);      // decimal digits (isdigit/isdecimal/isnumeric approximations)
bool cp_isalnum(uint32_t c);
bool cp_isupper(uint32_t c);
bool cp_islower(uint32_t c);
bool cp_iscased(uint32_t c);
bool cp_isprintable(uint32_t c);
// Appends the case mapping of 'c' to 'out' (may be several code points: 'ß'.upper() == 'SS').
void cp_append_upper(std::string& out, uint32_t c);
void cp_append_lower(std::string& out, uint32_t c);
void cp_append_casefold(std::string& out, uint32_t c);

}  // namespace ls::lang::bi
