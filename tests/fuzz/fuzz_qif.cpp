// libFuzzer target: the QIF reader must never crash, hang or leak, whatever the bytes.
#include "formats/BankFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (auto order : {allot::formats::DateOrder::Detect, allot::formats::DateOrder::DayFirst}) {
        auto read = allot::formats::readQif(bytes, order);
        if (read)
            (void)allot::formats::totalOf(read->transactions);
    }
    return 0;
}
