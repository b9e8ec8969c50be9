#pragma once

#include <string>
#include <string_view>

namespace pc::io {

enum class SourceEncoding { Utf8, Windows1252 };

struct DecodedText {
    std::string utf8;
    SourceEncoding encoding = SourceEncoding::Utf8;
};

// Files from French software come in UTF-8 (with or without BOM) or in Windows-1252
// (Excel, older ERPs). Valid UTF-8 is taken as such; anything else is read as
// Windows-1252, which every byte sequence is.
DecodedText decodeText(std::string_view bytes);

bool isValidUtf8(std::string_view bytes);

const char* encodingName(SourceEncoding encoding);

} // namespace pc::io
