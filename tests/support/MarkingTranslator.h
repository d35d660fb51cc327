#pragma once

#include <QString>
#include <QTranslator>

namespace caseline::test {

// Answers every text it is asked for with the source marked, placeholders kept for arg(), so a
// test sees which parts of a sentence went through translation and what filled them in:
// "⟦Context|source|disambiguation⟧", or "«source»" where only the words matter.
class MarkingTranslator : public QTranslator
{
public:
    enum class Shows
    {
        ContextAndSource,
        Source
    };

    explicit MarkingTranslator(Shows shows = Shows::ContextAndSource)
        : m_shows(shows)
    {
    }

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(n)
        if (m_shows == Shows::Source) {
            return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
        }
        QString marked = QString::fromUtf8("⟦") + QString::fromUtf8(context) + QLatin1Char('|') +
                         QString::fromUtf8(sourceText);
        if (disambiguation != nullptr && *disambiguation != '\0') {
            marked += QLatin1Char('|') + QString::fromUtf8(disambiguation);
        }
        return marked + QString::fromUtf8("⟧");
    }

private:
    Shows m_shows;
};

} // namespace caseline::test
