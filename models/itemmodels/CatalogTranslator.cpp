#include "itemmodels/CatalogTranslator.h"

#include "itemmodels/EnglishWording.h"

namespace caseline {

QString CatalogTranslator::translate(const char *context, const char *sourceText,
                                     const char *disambiguation, int n) const
{
    if (EnglishWording::active()) {
        return {};
    }
    return QTranslator::translate(context, sourceText, disambiguation, n);
}

} // namespace caseline
