// Event storage and string interning for a Recording.
#include "engine/trace/recording.h"

namespace ls::trace {

StringTable::StringTable() { intern(""); }

StrId StringTable::intern(std::string_view text) {
  auto it = m_index.find(text);
  if (it != m_index.end()) return it->second;
  StrId id = StrId(m_strings.size());
  m_strings.push_back(std::make_unique<std::string>(text));
  m_index.emplace(std::string_view(*m_strings.back()), id);
  return id;
}

std::size_t StringTable::bytes() const {
  std::size_t n = m_strings.capacity() * sizeof(void*);
  for (auto& s : m_strings) n += sizeof(std::string) + (s->size() > 15 ? s->capacity() + 1 : 0);
  n += m_index.size() * (sizeof(std::string_view) + sizeof(StrId) + 2 * sizeof(void*)) + m_index.bucket_count() * sizeof(void*);
  return n;
}

void Recording::append(const Event& e) {
  if (m_size % kChunk == 0 && m_size / kChunk == m_chunks.size()) m_chunks.push_back(std::make_unique<Event[]>(kChunk));
  m_chunks[m_size / kChunk][m_size % kChunk] = e;
  if (e.m_kind == EventKind::OutputWritten) m_outputs.push_back(std::uint32_t(m_size));
  ++m_size;
}

std::size_t Recording::bytes() const {
  return m_chunks.size() * kChunk * sizeof(Event) + m_chunks.capacity() * sizeof(void*) + m_strings.bytes() +
         m_outputs.capacity() * sizeof(std::uint32_t);
}

}  // namespace ls::trace
