#pragma once

#include <QTranslator>

namespace caseline {

// The translator of Caseline's own catalog (caseline_<lang>.qm). It answers like any
// QTranslator, except on a thread where EnglishWording is active: there it has no translation,
// so the English source is said.
class CatalogTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
};

} // namespace caseline
