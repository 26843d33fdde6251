// Unit tests for engine/lang/lexer: tokens, indentation, literals, f-string token streams.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/lang/lexer.h"

using namespace ls::lang;

namespace {

// Token kinds of "src" as names joined by spaces (ENDMARKER omitted).
std::string kinds(std::string_view src, bool trivia = false) {
  LexOptions o;
  o.keep_trivia = trivia;
  LexResult r = tokenize(src, o);
  std::string out;
  for (const Token& t : r.tokens) {
    if (t.kind == TokenKind::EndMarker) break;
    if (!out.empty()) out += ' ';
    out += to_string(t.kind);
  }
  return out;
}

// Text of every token of "src" joined by '|' (zero-length tokens omitted).
std::string texts(std::string_view src) {
  LexResult r = tokenize(src);
  std::string out;
  for (const Token& t : r.tokens) {
    if (t.length == 0 || t.kind == TokenKind::Newline) continue;
    if (!out.empty()) out += '|';
    out += std::string(t.text(src));
  }
  return out;
}

LexResult lex(std::string_view src) { return tokenize(src); }

}  // namespace

TEST_CASE("simple statement gives names, operators, numbers and a NEWLINE") {
  CHECK(kinds("x = 1 + 2\n") == "NAME '=' NUMBER '+' NUMBER NEWLINE");
  CHECK(texts("x = 1 + 2\n") == "x|=|1|+|2");
}

TEST_CASE("a missing final newline still ends the logical line") {
  CHECK(kinds("x") == "NAME NEWLINE");
  CHECK(kinds("") == "");
  CHECK(kinds("\n\n# only a comment\n") == "");
}

TEST_CASE("keywords are classified, soft keywords are plain names") {
  LexResult r = lex("async def match await case");
  REQUIRE(r.ok);
  CHECK(r.tokens[0].keyword == Keyword::Async);
  CHECK(r.tokens[1].keyword == Keyword::Def);
  CHECK(r.tokens[2].keyword == Keyword::None_);
  CHECK(r.tokens[3].keyword == Keyword::Await);
  CHECK(r.tokens[4].keyword == Keyword::None_);
}

TEST_CASE("token positions are 1-based lines and byte columns") {
  LexResult r = lex("a = 1\n  \nif b:\n    c\n");
  REQUIRE(r.ok);
  const Token& b = r.tokens[5];
  CHECK(b.line == 3);
  CHECK(b.col == 4);
  CHECK(b.end_col == 5);
  const Token& indent = r.tokens[8];
  CHECK(indent.kind == TokenKind::Indent);
  CHECK(indent.line == 4);
  const Token& c = r.tokens[9];
  CHECK(c.col == 5);
}

TEST_CASE("indentation produces INDENT and DEDENT") {
  SUBCASE("nested blocks") {
    CHECK(kinds("if a:\n    if b:\n        c\nd\n") ==
          "NAME NAME ':' NEWLINE INDENT NAME NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT DEDENT NAME NEWLINE");
  }
  SUBCASE("dedents are emitted at end of file") {
    CHECK(kinds("if a:\n  b") == "NAME NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT");
  }
  SUBCASE("blank and comment-only lines do not count") {
    CHECK(kinds("if a:\n\n    # note\n    b\n") == "NAME NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT");
  }
  SUBCASE("tabs indent blocks") {
    CHECK(kinds("if a:\n\tif b:\n\t\tc\n\td\n") ==
          "NAME NAME ':' NEWLINE INDENT NAME NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT");
  }
}

TEST_CASE("inconsistent dedent is an IndentationError") {
  LexResult r = lex("if x:\n    a\n  b\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.kind == "IndentationError");
  CHECK(r.error.message == "unindent does not match any outer indentation level");
  CHECK(r.error.line == 3);
}

TEST_CASE("mixing tabs and spaces ambiguously is a TabError") {
  LexResult r = lex("if x:\n\ta\n        b\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.kind == "TabError");
  CHECK(r.error.message == "inconsistent use of tabs and spaces in indentation");
}

TEST_CASE("brackets join lines implicitly and backslashes join them explicitly") {
  CHECK(kinds("x = (1,\n     2)\n") == "NAME '=' '(' NUMBER ',' NUMBER ')' NEWLINE");
  CHECK(kinds("x = 1 + \\\n    2\n") == "NAME '=' NUMBER '+' NUMBER NEWLINE");
  CHECK(kinds("x = [\n  1,\n\n  2,\n]\n") == "NAME '=' '[' NUMBER ',' NUMBER ',' ']' NEWLINE");
}

TEST_CASE("comments and NL tokens are kept only for syntax colouring") {
  CHECK(kinds("x = 1  # c\n", true) == "NAME '=' NUMBER COMMENT NEWLINE");
  CHECK(kinds("# c\nx\n", true) == "COMMENT NL NAME NEWLINE");
  CHECK(kinds("x = 1  # c\n") == "NAME '=' NUMBER NEWLINE");
}

TEST_CASE("number literals") {
  SUBCASE("ints in every base with underscores") {
    CHECK(texts("1_000 0x_ff 0o17 0b1010 0 00 0_0") == "1_000|0x_ff|0o17|0b1010|0|00|0_0");
  }
  SUBCASE("floats") {
    CHECK(texts("1.5 1. .5 1e10 1E-3 1_000.5 1.5e+3_0") == "1.5|1.|.5|1e10|1E-3|1_000.5|1.5e+3_0");
  }
  SUBCASE("a number may touch a keyword") { CHECK(kinds("1if x else 2") == "NUMBER NAME NAME NAME NUMBER NEWLINE"); }
  SUBCASE("attribute of an int literal needs the float dot first") { CHECK(texts("1..real") == "1.|.|real"); }
}

TEST_CASE("bad number literals report CPython's messages") {
  struct Case {
    const char* src;
    const char* message;
    int col;
  };
  const Case cases[] = {
      {"x = 123abc", "invalid decimal literal", 7},
      {"x = 1_", "invalid decimal literal", 6},
      {"x = 1__0", "invalid decimal literal", 6},
      {"x = 1e+", "invalid decimal literal", 7},
      {"x = 0x", "invalid hexadecimal literal", 6},
      {"x = 0x1g", "invalid hexadecimal literal", 7},
      {"x = 0b2", "invalid digit '2' in binary literal", 7},
      {"x = 0o8", "invalid digit '8' in octal literal", 7},
      {"x = 0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 5},
  };
  for (const Case& c : cases) {
    CAPTURE(c.src);
    LexResult r = lex(c.src);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.message == c.message);
    CHECK(r.error.line == 1);
    CHECK(r.error.col == c.col);
  }
}

TEST_CASE("imaginary literals are reported as unsupported") {
  LexResult r = lex("z = 2j\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.unsupported);
  CHECK(r.error.message == "imaginary numbers are not supported by loopscope");
}

TEST_CASE("string literals with every prefix and quote style are one token") {
  CHECK(kinds("'a' \"b\" '''c''' \"\"\"d\"\"\" r'e' b'f' u'g' Rb'h' bR'i'") ==
        "STRING STRING STRING STRING STRING STRING STRING STRING STRING NEWLINE");
  CHECK(texts("'it\\'s' \"say \\\"hi\\\"\"") == "'it\\'s'|\"say \\\"hi\\\"\"");
  SUBCASE("triple-quoted strings span lines") {
    LexResult r = lex("s = '''a\nb\nc'''\nx\n");
    REQUIRE(r.ok);
    CHECK(r.tokens[2].line == 1);
    CHECK(r.tokens[2].end_line == 3);
    CHECK(r.tokens[4].line == 4);
  }
  SUBCASE("a backslash-newline continues a single-quoted string") {
    CHECK(kinds("s = 'a\\\nb'\n") == "NAME '=' STRING NEWLINE");
  }
}

TEST_CASE("unterminated strings name the line where they were detected") {
  LexResult r = lex("s = \"abc\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.message == "unterminated string literal (detected at line 1)");
  CHECK(r.error.col == 5);
  LexResult t = lex("x = 1\ns = '''abc\ndef\n");
  REQUIRE_FALSE(t.ok);
  CHECK(t.error.message == "unterminated triple-quoted string literal (detected at line 3)");
  CHECK(t.error.line == 2);
  CHECK(t.error.col == 5);
}

TEST_CASE("f-strings are split into start, middle, fields and end") {
  SUBCASE("plain field") {
    CHECK(kinds("f'a{x}b'") == "FSTRING_START FSTRING_MIDDLE '{' NAME '}' FSTRING_MIDDLE FSTRING_END NEWLINE");
  }
  SUBCASE("conversion, debug and nested format spec") {
    CHECK(kinds("f'{x=!r:>{w}}'") ==
          "FSTRING_START '{' NAME '=' '!' NAME ':' FSTRING_MIDDLE '{' NAME '}' '}' FSTRING_END NEWLINE");
  }
  SUBCASE("doubled braces stay inside the literal text") {
    CHECK(kinds("f'{{x}}'") == "FSTRING_START FSTRING_MIDDLE FSTRING_END NEWLINE");
  }
  SUBCASE("brackets inside a field do not end it") {
    CHECK(kinds("f'{d[\"k\"]:>10}'") ==
          "FSTRING_START '{' NAME '[' STRING ']' ':' FSTRING_MIDDLE '}' FSTRING_END NEWLINE");
    CHECK(kinds("f'{a[1:2]}'") == "FSTRING_START '{' NAME '[' NUMBER ':' NUMBER ']' '}' FSTRING_END NEWLINE");
  }
  SUBCASE("the same quote may be reused inside a field (3.12)") {
    CHECK(kinds("f\"{\"a\"}\"") == "FSTRING_START '{' STRING '}' FSTRING_END NEWLINE");
  }
  SUBCASE("!= inside a field is an operator") {
    CHECK(kinds("f'{a!=b}'") == "FSTRING_START '{' NAME '!=' NAME '}' FSTRING_END NEWLINE");
  }
}

TEST_CASE("bracket errors: unmatched, mismatched, never closed, too deep") {
  LexResult a = lex("x = 1)\n");
  REQUIRE_FALSE(a.ok);
  CHECK(a.error.message == "unmatched ')'");
  CHECK(a.error.col == 6);
  LexResult b = lex("x = (1]\n");
  REQUIRE_FALSE(b.ok);
  CHECK(b.error.message == "closing parenthesis ']' does not match opening parenthesis '('");
  LexResult c = lex("x = (1,\n     2]\n");
  REQUIRE_FALSE(c.ok);
  CHECK(c.error.message == "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  CHECK(c.error.line == 2);
  LexResult d = lex("x = (1,\n");
  REQUIRE_FALSE(d.ok);
  CHECK(d.error.message == "'(' was never closed");
  CHECK(d.error.line == 1);
  CHECK(d.error.col == 5);
  std::string deep = "x = " + std::string(5000, '(') + std::string(5000, ')') + "\n";
  LexResult e = lex(deep);
  REQUIRE_FALSE(e.ok);
  CHECK(e.error.message == "too many nested parentheses");
  CHECK(e.error.col == 205);
}

TEST_CASE("invalid characters and bytes") {
  SUBCASE("a symbol outside identifiers") {
    LexResult r = lex("x = \xc2\xa4\n");
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.message == "invalid character '\xc2\xa4' (U+00A4)");
    CHECK(r.error.col == 5);
  }
  SUBCASE("a non-breaking space") {
    LexResult r = lex("x =\xc2\xa0" "1\n");
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.message == "invalid non-printable character U+00A0");
  }
  SUBCASE("NUL bytes") {
    LexResult r = lex(std::string_view("x = 1\ny = '\0'\n", 13));
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.message == "source code cannot contain null bytes");
    CHECK(r.error.line == 2);
  }
  SUBCASE("invalid UTF-8") {
    LexResult r = lex("x = 1\ny = '\xff'\n");
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.message.find("(unicode error) 'utf-8' codec can't decode byte 0xff") == 0);
    CHECK(r.error.line == 2);
  }
  SUBCASE("a stray dollar sign is a token the parser rejects") {
    CHECK(kinds("x = $\n") == "NAME '=' UNKNOWN NEWLINE");
    CHECK(kinds("a ! b") == "NAME '!' NAME NEWLINE");
  }
}

TEST_CASE("unicode identifiers and a leading BOM") {
  CHECK(texts("café = 1") == "café|=|1");
  CHECK(texts("\xEF\xBB\xBFx = 1") == "x|=|1");
  LexResult r = lex("\xEF\xBB\xBFx = 1");
  CHECK(r.tokens[0].col == 1);
}

TEST_CASE("backslash continuation errors") {
  LexResult a = lex("x = a \\ b\n");
  REQUIRE_FALSE(a.ok);
  CHECK(a.error.message == "unexpected character after line continuation character");
  CHECK(a.error.col == 8);
  LexResult b = lex("x = a \\");
  REQUIRE_FALSE(b.ok);
  CHECK(b.error.message == "unexpected EOF while parsing");
}
