// Names of token kinds and the keyword table.
#include "engine/lang/token.h"

namespace ls::lang {

const char* to_string(TokenKind kind) {
  static const char* const names[] = {
      "ENDMARKER", "NAME", "NUMBER", "STRING", "FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END",
      "NEWLINE", "INDENT", "DEDENT", "COMMENT", "NL", "ERRORTOKEN",
      "'('", "')'", "'['", "']'", "'{'", "'}'", "':'", "','", "';'", "'+'", "'-'", "'*'", "'/'", "'|'", "'&'",
      "'<'", "'>'", "'='", "'.'", "'%'", "'=='", "'!='", "'<='", "'>='", "'~'", "'^'",
      "'<<'", "'>>'", "'**'", "'+='", "'-='", "'*='", "'/='", "'%='",
      "'&='", "'|='", "'^='", "'<<='", "'>>='", "'**='",
      "'//'", "'//='", "'@'", "'@='", "'->'", "'...'", "':='", "'!'", "UNKNOWN"};
  return names[static_cast<int>(kind)];
}

namespace {
struct KeywordEntry {
  std::string_view text;
  Keyword kw;
};
constexpr KeywordEntry kKeywords[] = {
    {"False", Keyword::False}, {"None", Keyword::None}, {"True", Keyword::True},
    {"and", Keyword::And}, {"as", Keyword::As}, {"assert", Keyword::Assert},
    {"async", Keyword::Async}, {"await", Keyword::Await}, {"break", Keyword::Break},
    {"class", Keyword::Class}, {"continue", Keyword::Continue}, {"def", Keyword::Def},
    {"del", Keyword::Del}, {"elif", Keyword::Elif}, {"else", Keyword::Else},
    {"except", Keyword::Except}, {"finally", Keyword::Finally}, {"for", Keyword::For},
    {"from", Keyword::From}, {"global", Keyword::Global}, {"if", Keyword::If},
    {"import", Keyword::Import}, {"in", Keyword::In}, {"is", Keyword::Is},
    {"lambda", Keyword::Lambda}, {"nonlocal", Keyword::Nonlocal}, {"not", Keyword::Not},
    {"or", Keyword::Or}, {"pass", Keyword::Pass}, {"raise", Keyword::Raise},
    {"return", Keyword::Return}, {"try", Keyword::Try}, {"while", Keyword::While},
    {"with", Keyword::With}, {"yield", Keyword::Yield},
};
}  // namespace

const char* to_string(Keyword kw) {
  for (auto& e : kKeywords)
    if (e.kw == kw) return e.text.data();
  return "";
}

Keyword keyword_of(std::string_view name) {
  // Keywords are 2..8 ASCII letters starting with one of "FNTabcdefgilnoprtwy"; compare only
  // against the keywords sharing the first letter and length.
  if (name.size() < 2 || name.size() > 8) return Keyword::None_;
  char first = name[0];
  for (auto& e : kKeywords)
    if (e.text[0] == first && e.text.size() == name.size() && e.text == name) return e.kw;
  return Keyword::None_;
}

}  // namespace ls::lang
