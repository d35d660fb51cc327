#include "backoffice/LineQuantityJson.h"

namespace caseline {

LineQuantity readLineQuantity(const JsonReader &reader)
{
    LineQuantity line;
    line.lineId = reader.requiredString("lineId");
    line.quantity = reader.requiredInteger("quantity", 1);
    return line;
}

} // namespace caseline
